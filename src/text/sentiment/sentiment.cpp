#include "text/sentiment/sentiment.h"

#include <cmath>

#include "text/model/model_file.h"
#include "text/sentiment/embedded_data.h"
#include "text/sentiment/lexicons.h"

namespace rauch::text::sentiment {
namespace {

constexpr float kNeutralBand = 0.05f;  // VADER's threshold on the compound score

Result<std::optional<model::LinearModel>> load(bool use, const std::optional<std::string>& path,
                                               std::string_view embedded) {
  if (!use)
    return std::optional<model::LinearModel>();
  if (path) {
    auto m = model::load_model(*path);
    if (!m)
      return tl::unexpected(m.error());
    return std::optional<model::LinearModel>(std::move(*m));
  }
  if (embedded.empty())
    return std::optional<model::LinearModel>();
  auto m = model::deserialize(std::span<const char>(embedded.data(), embedded.size()));
  if (!m)
    return tl::unexpected(m.error());
  return std::optional<model::LinearModel>(std::move(*m));
}

}  // namespace

std::string_view polarity_name(Polarity polarity) {
  switch (polarity) {
    case Polarity::kNegative:
      return "negative";
    case Polarity::kPositive:
      return "positive";
    case Polarity::kNeutral:
      break;
  }
  return "neutral";
}

void rule_features(const RuleScore& rules, float (&out)[kRuleFeatures]) {
  out[0] = rules.compound;
  out[1] = std::tanh(rules.positive / 4.0f);
  out[2] = std::tanh(rules.negative / 4.0f);
  out[3] = rules.hits == 0 ? 1.0f : 0.0f;
  auto any = [](std::uint32_t n) { return n > 0 ? 1.0f : 0.0f; };
  out[4] = std::tanh(static_cast<float>(rules.hits) / 3.0f);
  out[5] = any(rules.negations);
  out[6] = any(rules.positive_symbols);
  out[7] = any(rules.negative_symbols);
  out[8] = any(rules.questions);
  out[9] = any(rules.exclamations);
  out[10] = std::fabs(rules.compound);
}

Result<SentimentAnalyzer> SentimentAnalyzer::create(const SentimentOptions& options) {
  SentimentAnalyzer a;
  auto de = embedded_german_rules();
  if (!de)
    return tl::unexpected(de.error());
  auto en = embedded_english_rules();
  if (!en)
    return tl::unexpected(en.error());
  a.german_ = std::move(*de);
  a.english_ = std::move(*en);
  auto mde = load(options.use_models, options.model_de, detail::embedded_model_de());
  if (!mde)
    return tl::unexpected(mde.error());
  auto men = load(options.use_models, options.model_en, detail::embedded_model_en());
  if (!men)
    return tl::unexpected(men.error());
  for (const auto* m : {&*mde, &*men})
    if (*m && ((*m)->classes() != 3 || (*m)->dense_features() != kRuleFeatures ||
               (*m)->label_index("positive") == 3 || (*m)->label_index("negative") == 3))
      return make_error(ErrorCode::kInvalidArgument,
                        "sentiment model must have labels negative/neutral/positive and "
                        "the rule features");
  a.model_de_ = std::move(*mde);
  a.model_en_ = std::move(*men);
  return a;
}

bool SentimentAnalyzer::has_model(std::string_view lang) const {
  return lang == "de" ? model_de_.has_value() : model_en_.has_value();
}

SentimentResult SentimentAnalyzer::with_model(const RuleScore& rules, const TokenizedText& tokens,
                                              const model::LinearModel* model) const {
  SentimentResult out;
  out.rule_score = rules.compound;
  if (model == nullptr) {
    out.score = rules.compound;
    out.label = rules.compound >= kNeutralBand    ? Polarity::kPositive
                : rules.compound <= -kNeutralBand ? Polarity::kNegative
                                                  : Polarity::kNeutral;
    return out;
  }
  float dense[kRuleFeatures];
  rule_features(rules, dense);
  float probs[model::kMaxClasses];
  model->predict(tokens, dense, std::span<float>(probs, model->classes()));
  const std::size_t pos = model->label_index("positive");
  const std::size_t neg = model->label_index("negative");
  const std::size_t neu = model->label_index("neutral");
  out.score = probs[pos] - probs[neg];
  out.label = probs[pos] >= probs[neg] && probs[pos] >= probs[neu] ? Polarity::kPositive
              : probs[neg] >= probs[neu]                           ? Polarity::kNegative
                                                                   : Polarity::kNeutral;
  return out;
}

SentimentResult SentimentAnalyzer::analyze(std::string_view text, const TokenizedText& tokens,
                                           std::string_view lang) const {
  if (lang == "de")
    return with_model(score_rules(german_, text, tokens), tokens,
                      model_de_ ? &*model_de_ : nullptr);
  if (lang == "en")
    return with_model(score_rules(english_, text, tokens), tokens,
                      model_en_ ? &*model_en_ : nullptr);
  const RuleScore de = score_rules(german_, text, tokens);
  const RuleScore en = score_rules(english_, text, tokens);
  if (std::fabs(en.compound) > std::fabs(de.compound))
    return with_model(en, tokens, model_en_ ? &*model_en_ : nullptr);
  return with_model(de, tokens, model_de_ ? &*model_de_ : nullptr);
}

}  // namespace rauch::text::sentiment
