#pragma once

// Sentiment of a post in German or English: a score in [-1, 1] and a label. The rules
// (rules.h) always run; where a learned model is loaded for the language (text/model),
// it gets the rule scores as extra features and decides: label = the most probable
// class, score = P(positive) - P(negative). Without a model: score = the rules' compound
// score, label by VADER's thresholds (>= 0.05 positive, <= -0.05 negative).

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/error.h"
#include "text/model/linear_model.h"
#include "text/sentiment/rules.h"
#include "text/tokens.h"

namespace rauch::text::sentiment {

enum class Polarity : std::uint8_t { kNegative, kNeutral, kPositive };

// "negative", "neutral", "positive".
std::string_view polarity_name(Polarity polarity);

struct SentimentResult {
  float score = 0;  // [-1, 1]
  Polarity label = Polarity::kNeutral;
  float rule_score = 0;  // the rules' compound score, [-1, 1]
};

// The dense features a model gets from the rules (and their count), each in [-1, 1]:
// compound, squashed positive and negative sums, no lexicon hit, squashed hit count, and
// indicators for a negator, a positive symbol, a negative symbol, '?', '!', |compound|.
// Shared with training; a model file stores their count, so changing them needs a retrain.
inline constexpr std::size_t kRuleFeatures = 11;
void rule_features(const RuleScore& rules, float (&out)[kRuleFeatures]);

struct SentimentOptions {
  bool use_models = true;  // false: rules only
  // Model files that replace the embedded ones (data/models/sentiment-<lang>.bin).
  std::optional<std::string> model_de;
  std::optional<std::string> model_en;
};

class SentimentAnalyzer {
 public:
  // Loads the embedded lexicons and models (or the files in `options`). Errors: those of
  // the lexicon parsers and model loading.
  static Result<SentimentAnalyzer> create(const SentimentOptions& options = {});

  // `tokens` is the tokenization of `text`; `lang` "de" or "en" (anything else: English
  // rules when they find more sentiment than the German ones, else German). Does not
  // allocate; thread-safe.
  SentimentResult analyze(std::string_view text, const TokenizedText& tokens,
                          std::string_view lang) const;

  const RuleSet& german_rules() const { return german_; }
  const RuleSet& english_rules() const { return english_; }
  bool has_model(std::string_view lang) const;

 private:
  SentimentResult with_model(const RuleScore& rules, const TokenizedText& tokens,
                             const model::LinearModel* model) const;

  RuleSet german_;
  RuleSet english_;
  std::optional<model::LinearModel> model_de_;
  std::optional<model::LinearModel> model_en_;
};

}  // namespace rauch::text::sentiment
