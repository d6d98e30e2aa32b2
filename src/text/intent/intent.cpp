#include "text/intent/intent.h"

#include <algorithm>
#include <cmath>

#include "text/intent/intent_lexicon.h"
#include "text/intent/post_shape.h"

namespace rauch::text {
namespace {

constexpr std::size_t kComplaint = static_cast<std::size_t>(Intent::kComplaint);
constexpr std::size_t kQuestion = static_cast<std::size_t>(Intent::kQuestion);
constexpr std::size_t kPraise = static_cast<std::size_t>(Intent::kPraise);
constexpr std::size_t kSuggestion = static_cast<std::size_t>(Intent::kSuggestion);
constexpr std::size_t kSpam = static_cast<std::size_t>(Intent::kSpam);
constexpr std::size_t kOther = static_cast<std::size_t>(Intent::kOther);

// A post rarely names more than a handful of problems; beyond this, more spans only
// clutter the agent's view (and would grow the result without bound on a pasted log).
constexpr std::size_t kMaxProblems = 16;

// Evidence on the common scale of the word lists: 1.0 decides on its own.
constexpr float kDecides = 1.0F;
constexpr float kSpamDecides = 1.5F;  // Giveaways also praise and ask; be sure first.
constexpr float kWeakComplaint = 0.5F;
constexpr float kWeakPraise = 0.6F;

// Spam is as much shape as words: link farms, hashtag walls, follow trains, shouting.
float spam_shape(const PostShape& shape) {
  float raw = 0;
  if (shape.links >= 2) raw += 0.6F;
  if (shape.hashtags >= 4) raw += std::min(1.5F, 0.25F * static_cast<float>(shape.hashtags - 3));
  if (shape.mentions >= 6) raw += 0.5F;
  if (shape.caps_words >= 4 && shape.caps_words * 2 >= shape.words) raw += 0.6F;
  return raw;
}

// The precedence of intent.h: spam > complaint > suggestion > question > praise > other.
Intent decide(const float (&raw)[6]) {
  if (raw[kSpam] >= kSpamDecides) return Intent::kSpam;
  if (raw[kComplaint] >= kDecides) return Intent::kComplaint;
  if (raw[kSuggestion] >= kDecides) return Intent::kSuggestion;
  if (raw[kQuestion] >= kDecides) return Intent::kQuestion;
  if (raw[kComplaint] >= kWeakComplaint && raw[kComplaint] >= raw[kPraise]) {
    return Intent::kComplaint;
  }
  if (raw[kPraise] >= kWeakPraise) return Intent::kPraise;
  return Intent::kOther;
}

}  // namespace

std::string_view intent_name(Intent intent) {
  switch (intent) {
    case Intent::kComplaint: return "complaint";
    case Intent::kQuestion: return "question";
    case Intent::kPraise: return "praise";
    case Intent::kSuggestion: return "suggestion";
    case Intent::kSpam: return "spam";
    case Intent::kOther: return "other";
  }
  return "other";
}

IntentClassifier::IntentClassifier() : cues_(intent_cues()) {}

IntentResult IntentClassifier::classify(std::string_view text, const TokenizedText& tokens,
                                        std::string_view lang) const {
  IntentResult result;
  float raw[6] = {};
  cues_.scan(tokens, lang_mask(lang), [&](const PhraseMatch& m) {
    const PhraseSpec& spec = cues_.spec(m.entry);
    switch (static_cast<IntentCue>(spec.tag)) {
      case kCueProblem:
        raw[kComplaint] += spec.weight;
        if (result.problems.size() < kMaxProblems) {
          result.problems.push_back({tokens.tokens[m.first_token].source_begin,
                                     tokens.tokens[m.end_token - 1].source_end,
                                     std::string(spec.canonical)});
        }
        break;
      case kCueComplaint: raw[kComplaint] += spec.weight; break;
      case kCueInterrogative:
        // "wie" inside a sentence is a comparison; at its start it asks.
        if (starts_clause(text, tokens, m.first_token)) raw[kQuestion] += spec.weight;
        break;
      case kCueQuestion:
      case kCueHelp: raw[kQuestion] += spec.weight; break;
      case kCuePraise: raw[kPraise] += spec.weight; break;
      case kCueSuggestion: raw[kSuggestion] += spec.weight; break;
      case kCueSpam: raw[kSpam] += spec.weight; break;
      case kCueNeutral: break;
    }
  });
  const PostShape shape = post_shape(text, tokens);
  if (shape.question_marks > 0) raw[kQuestion] += kDecides;
  // Shouting and "?!" / "!!" are exasperation, not curiosity.
  if (shape.exclamation_marks >= 2) raw[kComplaint] += 0.3F;
  if (shape.caps_words >= 2) raw[kComplaint] += 0.3F;
  raw[kSpam] += spam_shape(shape);

  result.intent = decide(raw);
  float strongest = 0;
  for (std::size_t i = 0; i < kOther; ++i) {
    // Saturating map of evidence to 0..1: 1.0 of evidence gives 0.63, 2.0 gives 0.86.
    result.scores[i] = 1.0F - std::exp(-raw[i]);
    strongest = std::max(strongest, result.scores[i]);
  }
  result.scores[kOther] = 1.0F - strongest;
  result.confidence = result.scores[static_cast<std::size_t>(result.intent)];
  return result;
}

IntentResult classify_intent(std::string_view text, const TokenizedText& tokens,
                             std::string_view lang) {
  // Immutable after construction (thread-safe initialization, const afterwards).
  static const IntentClassifier classifier;
  return classifier.classify(text, tokens, lang);
}

}  // namespace rauch::text
