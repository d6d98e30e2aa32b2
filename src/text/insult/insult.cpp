#include "text/insult/insult.h"

#include <algorithm>
#include <cmath>
#include <string>

#include "text/insult/insult_lexicon.h"
#include "text/insult/offensive_model.h"
#include "text/intent/post_shape.h"

namespace rauch::text {
namespace {

// An insult this many tokens after "du"/"you" still targets the reader: "you are such a
// complete idiot", "du bist echt so ein Trottel".
constexpr std::uint32_t kAddressReach = 4;
// Extra evidence when an insult is aimed at the reader: it is what "never get personal"
// forbids, so it must outrank swearing about a broken app.
constexpr float kPersonalBonus = 1.0F;
// Counting every swear word of a rant would let one long post outscore a short attack.
constexpr int kMaxCountedWords = 3;
constexpr std::size_t kMaxFindings = 16;

// No sentence break between tokens [from, to]: an address in one sentence does not aim
// an insult in the next ("Danke an euch. Der Bot ist dumm.").
bool same_clause(std::string_view text, const TokenizedText& tokens, std::uint32_t from,
                 std::uint32_t to) {
  for (std::uint32_t k = from + 1; k <= to; ++k) {
    if (starts_clause(text, tokens, k)) return false;
  }
  return true;
}

std::string quoted(std::string_view text, std::uint32_t begin, std::uint32_t end) {
  std::string out = "'";
  out.append(text.substr(begin, end - begin));
  out.push_back('\'');
  return out;
}

}  // namespace

InsultDetector::InsultDetector() : cues_(insult_cues()) {}

Result<InsultDetector> InsultDetector::with_model(model::LinearModel model, float threshold) {
  const std::size_t offensive = model.label_index(kOffensiveLabel);
  if (model.classes() != 2 || offensive == model.classes() ||
      model.label_index(kNotOffensiveLabel) == model.classes() ||
      model.dense_features() != kInsultFeatures) {
    return make_error(ErrorCode::kInvalidArgument,
                      "offensive model: want labels not-offensive/offensive and " +
                          std::to_string(kInsultFeatures) + " rule features");
  }
  InsultDetector detector;
  auto analyzer = sentiment::SentimentAnalyzer::create({.use_models = false});
  if (!analyzer) return tl::make_unexpected(analyzer.error());
  detector.sentiment_.emplace(std::move(*analyzer));
  detector.model_.emplace(std::move(model));
  detector.offensive_class_ = offensive;
  detector.threshold_ = threshold;
  return detector;
}

InsultResult InsultDetector::detect(std::string_view text, const TokenizedText& tokens,
                                    std::string_view lang) const {
  InsultResult result = detect_rules(text, tokens, lang);
  if (!model_ || lang == "de") return result;
  float dense[kInsultFeatures];
  insult_features(result, tone(text, tokens, lang), dense);
  float probs[2] = {};
  model_->predict(tokens, dense, probs);
  result.score = probs[offensive_class_];
  result.offensive = result.score >= threshold_;
  return result;
}

float InsultDetector::tone(std::string_view text, const TokenizedText& tokens,
                           std::string_view lang) const {
  if (!sentiment_) return 0;
  for (const Token& t : tokens.tokens) {
    if (t.source_end > text.size()) return 0;  // Tokens of another text.
  }
  return sentiment_->analyze(text, tokens, lang).rule_score;
}

InsultResult InsultDetector::detect_rules(std::string_view text, const TokenizedText& tokens,
                                          std::string_view lang) const {
  InsultResult result;
  float evidence = 0;
  int counted = 0;
  bool personal = false;
  bool have_address = false;
  PhraseMatch address;
  auto add_finding = [&](std::uint32_t first, std::uint32_t last, std::string why) {
    if (result.findings.size() >= kMaxFindings) return;
    const std::uint32_t begin = tokens.tokens[first].source_begin;
    const std::uint32_t end = std::max(begin, tokens.tokens[last].source_end);
    result.findings.push_back({begin, end, std::move(why)});
  };
  cues_.scan(tokens, lang_mask(lang), [&](const PhraseMatch& m) {
    const PhraseSpec& spec = cues_.spec(m.entry);
    const std::uint32_t last = m.end_token - 1;
    const Token& head = tokens.tokens[m.first_token];
    const std::string word = quoted(text, head.source_begin, tokens.tokens[last].source_end);
    switch (static_cast<InsultCue>(spec.tag)) {
      case kCueAddress:
        address = m;
        have_address = true;
        return;
      case kCueAttack:
        ++result.attack_phrases;
        evidence += spec.weight + kPersonalBonus;
        personal = true;
        add_finding(m.first_token, last, "personal attack: " + word);
        return;
      case kCueInsult: {
        ++result.insult_words;
        if (counted++ < kMaxCountedWords) evidence += spec.weight;
        const bool after_mention =
            m.first_token > 0 && tokens.tokens[m.first_token - 1].kind == TokenKind::kMention;
        const bool after_address =
            have_address && m.first_token - address.end_token < kAddressReach &&
            same_clause(text, tokens, address.first_token, m.first_token);
        // An address with a weight names a third person ("she is a fraud"): aimed at
        // someone, weighing more than a word alone, but not an attack on the reader.
        const bool third_person = after_address && !after_mention &&
                                  cues_.spec(address.entry).weight > 0;
        if (third_person) {
          evidence += cues_.spec(address.entry).weight;
          add_finding(address.first_token, last, "insult: " + word + " aimed at a person");
        } else if (after_address || after_mention) {
          evidence += kPersonalBonus;
          personal = true;
          const std::uint32_t first = after_address ? address.first_token : m.first_token;
          add_finding(first, last,
                      "personal attack: insult " + word + " addressed at the reader");
        } else {
          add_finding(m.first_token, last, "insult: " + word);
        }
        return;
      }
      case kCueProfanity:
        ++result.profanity_words;
        if (counted++ < kMaxCountedWords) evidence += spec.weight;
        add_finding(m.first_token, last, "profanity: " + word);
        return;
    }
  });
  if (!personal) {
    // Swearing with nobody targeted: say so, the reviewer treats it differently.
    for (InsultFinding& f : result.findings) {
      if (f.why.starts_with("profanity")) f.why += " (about the situation, not a person)";
    }
  }
  const PostShape shape = post_shape(text, tokens);
  result.personal = personal;
  result.shouted = evidence > 0 && shape.caps_words >= 3;
  if (result.shouted) evidence += 0.2F;  // Shouted at.
  result.score = 1.0F - std::exp(-evidence);
  result.offensive = result.score >= kOffensiveScore;
  return result;
}

InsultResult detect_insults(std::string_view text, const TokenizedText& tokens,
                            std::string_view lang) {
  // Immutable after construction (thread-safe initialization, const afterwards).
  static const InsultDetector detector;
  return detector.detect(text, tokens, lang);
}

}  // namespace rauch::text
