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
constexpr float kWeakComplaint = 0.5F;     // Addressed to someone (@mention).
constexpr float kWeakToCare = 0.3F;        // Addressed to a customer-care account.
// Nobody addressed: a complaint needs kDecides (a rant about the weather is no care case).
constexpr float kComplaintOverQuestion = 0.7F;  // Chosen on complaints dev (0.5..1.0).
// A question to someone (a brand) that carries complaint evidence from more than one weak
// word reports a failure sooner: "@AcmeHelp where is my refund, still nothing?". Chosen on
// complaints dev.
constexpr float kComplaintOverQuestionAddressed = 0.5F;
constexpr float kComplaintOverQuestionToCare = 0.3F;
// "??", "?!": an exasperated question.
constexpr float kExasperatedQuestion = 0.4F;
constexpr float kWeakPraise = 0.6F;

// Tone (chosen on complaints dev, the only labelled complaint data here; see
// docs/text-analysis.md): complaint evidence per unit of negative compound, more when the
// post addresses someone by @mention (posts to a brand's care account). A "why" question
// in a negative tone asks for an explanation of a failure.
constexpr float kToneCare = 1.4F;
constexpr float kToneAddressed = 0.8F;
constexpr float kToneUnaddressed = 0.5F;
constexpr float kNegativeTone = -0.05F;  // VADER's threshold for a negative post.
constexpr float kWhyNegative = 0.5F;
constexpr float kWhyAddressed = 0.4F;
// A clearly positive post ("fantastic customer service") is not a complaint because a cue
// word such as "customer service" or "still" appears in it.
constexpr float kPositiveTone = 0.5F;
constexpr float kPositiveDamping = 0.8F;

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
// `weak` is the complaint evidence that suffices when it outweighs praise: less in a post
// to a care account, which is there to report problems.
Intent decide(const float (&raw)[6], float weak, float over_question) {
  if (raw[kSpam] >= kSpamDecides) return Intent::kSpam;
  if (raw[kComplaint] >= kDecides) return Intent::kComplaint;
  if (raw[kSuggestion] >= kDecides) return Intent::kSuggestion;
  const bool weak_complaint = raw[kComplaint] >= weak && raw[kComplaint] >= raw[kPraise];
  // A question with some complaint evidence beyond one weak problem word ("problem",
  // weight 0.6) reports a failure ("Why are the apps down?!").
  if (weak_complaint && raw[kComplaint] >= over_question) return Intent::kComplaint;
  if (raw[kQuestion] >= kDecides) return Intent::kQuestion;
  if (weak_complaint) return Intent::kComplaint;
  if (raw[kPraise] >= kWeakPraise) return Intent::kPraise;
  return Intent::kOther;
}

// Whom a post addresses: nobody, someone (@mention), or a customer-care account, whose
// handles say so ("@AmazonHelp", "@sho_help", "@vwcares", "@BN_care", "@TopmanAskUs").
enum class Addressee : std::uint8_t { kNobody, kSomeone, kCare };

Addressee addressee(const TokenizedText& tokens) {
  static constexpr std::string_view kCareWords[] = {"help", "support", "care", "service",
                                                    "askus", "hilfe", "kundenservice"};
  Addressee out = Addressee::kNobody;
  for (std::size_t i = 0; i < tokens.tokens.size(); ++i) {
    if (tokens.tokens[i].kind != TokenKind::kMention) continue;
    out = Addressee::kSomeone;
    const std::string_view handle = tokens.folded_token(i);
    for (std::string_view word : kCareWords) {
      if (handle.find(word) != std::string_view::npos) return Addressee::kCare;
    }
  }
  return out;
}

// The general signals of tone (intent.h): negative sentiment adds complaint evidence,
// clear positive sentiment takes some away.
void add_tone(float compound, Addressee to, bool why_question, float (&raw)[6]) {
  const bool addressed = to != Addressee::kNobody;
  if (compound <= kNegativeTone) {
    const float weight = to == Addressee::kCare      ? kToneCare
                         : to == Addressee::kSomeone ? kToneAddressed
                                                     : kToneUnaddressed;
    raw[kComplaint] += -compound * weight;
    if (why_question) raw[kComplaint] += kWhyNegative;
  } else if (compound < kPositiveTone && why_question && addressed) {
    raw[kComplaint] += kWhyAddressed;  // "@brand why do you only have season one?"
  } else if (compound >= kPositiveTone) {
    raw[kComplaint] = std::max(0.0F, raw[kComplaint] - kPositiveDamping * compound);
  }
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

IntentClassifier::IntentClassifier() : cues_(intent_cues()) {
  auto analyzer = sentiment::SentimentAnalyzer::create({.use_models = false});
  if (analyzer) sentiment_.emplace(std::move(*analyzer));
}

IntentResult IntentClassifier::classify(std::string_view text, const TokenizedText& tokens,
                                        std::string_view lang,
                                        std::optional<float> rule_sentiment) const {
  IntentResult result;
  float raw[6] = {};
  bool why_question = false;
  int complaint_cues = 0;  // cues that added complaint evidence
  float complaint_cue_weight = 0;
  cues_.scan(tokens, lang_mask(lang), [&](const PhraseMatch& m) {
    const PhraseSpec& spec = cues_.spec(m.entry);
    switch (static_cast<IntentCue>(spec.tag)) {
      case kCueProblem:
        raw[kComplaint] += spec.weight;
        ++complaint_cues;
        complaint_cue_weight = spec.weight;
        if (result.problems.size() < kMaxProblems) {
          result.problems.push_back({tokens.tokens[m.first_token].source_begin,
                                     tokens.tokens[m.end_token - 1].source_end,
                                     std::string(spec.canonical)});
        }
        break;
      case kCueComplaint:
        raw[kComplaint] += spec.weight;
        ++complaint_cues;
        complaint_cue_weight = kDecides;  // only a problem word is "weak" (below)
        break;
      case kCueInterrogative:
        // "wie" inside a sentence is a comparison; at its start it asks.
        if (starts_clause(text, tokens, m.first_token)) raw[kQuestion] += spec.weight;
        break;
      case kCueWhy:
        if (starts_clause(text, tokens, m.first_token)) {
          raw[kQuestion] += spec.weight;
          why_question = true;
        }
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
  const Addressee to = addressee(tokens);
  if (shape.question_marks > 0) raw[kQuestion] += kDecides;
  const bool exasperated = shape.question_marks >= 2 ||
                           (shape.question_marks > 0 && shape.exclamation_marks > 0);
  if (exasperated) raw[kComplaint] += kExasperatedQuestion;
  // Shouting and "?!" / "!!" are exasperation, not curiosity.
  if (shape.exclamation_marks >= 2) raw[kComplaint] += 0.3F;
  if (shape.caps_words >= 2) raw[kComplaint] += 0.3F;
  raw[kSpam] += spam_shape(shape);
  if (rule_sentiment) {
    result.sentiment = *rule_sentiment;
    add_tone(result.sentiment, to, why_question, raw);
  } else {
    // The sentiment rules read `text` at token spans; a caller that passes tokens of other
    // text (multi-field posts tokenized piecewise) gets no tone rather than an exception.
    bool spans_fit = true;
    for (const Token& t : tokens.tokens) spans_fit = spans_fit && t.source_end <= text.size();
    if (sentiment_ && spans_fit) {
      result.sentiment = sentiment_->analyze(text, tokens, lang).rule_score;
      add_tone(result.sentiment, to, why_question, raw);
    }
  }

  const float weak = to == Addressee::kCare      ? kWeakToCare
                     : to == Addressee::kSomeone ? kWeakComplaint
                                                 : kDecides;
  // One weak problem word ("problem", "issue") does not turn a clear question into a
  // complaint ("@AcmeHelp who can I talk to about an issue with my invoice?").
  const bool lone_weak_word = complaint_cues == 1 &&
                              complaint_cue_weight < kComplaintOverQuestion &&
                              raw[kComplaint] <= complaint_cue_weight;
  const float over_question = lone_weak_word               ? kComplaintOverQuestion
                              : to == Addressee::kCare    ? kComplaintOverQuestionToCare
                              : to == Addressee::kSomeone ? kComplaintOverQuestionAddressed
                                                          : kComplaintOverQuestion;
  result.intent = decide(raw, weak, over_question);
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
