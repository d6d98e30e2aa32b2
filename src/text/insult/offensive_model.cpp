#include "text/insult/offensive_model.h"

#include <algorithm>
#include <iterator>
#include <vector>

namespace rauch::text {
namespace {

float squash(std::uint32_t count) { return std::min(1.0F, static_cast<float>(count) / 3.0F); }

}  // namespace

void insult_features(const InsultResult& rules, float tone, float (&out)[kInsultFeatures]) {
  out[0] = rules.score;
  out[1] = rules.offensive ? 1.0F : 0.0F;
  out[2] = rules.personal ? 1.0F : 0.0F;
  out[3] = squash(rules.insult_words);
  out[4] = squash(rules.profanity_words);
  out[5] = squash(rules.attack_phrases);
  out[6] = rules.shouted ? 1.0F : 0.0F;
  out[7] = std::max(0.0F, -tone);
  out[8] = std::max(0.0F, tone);
}

Result<model::LinearModel> train_offensive_model(std::span<const LabeledPost> posts,
                                                 const InsultDetector& rules,
                                                 const OffensiveTrainOptions& options) {
  auto model = model::LinearModel::create(
      options.features, {std::string(kNotOffensiveLabel), std::string(kOffensiveLabel)},
      kInsultFeatures);
  if (!model) return tl::make_unexpected(model.error());
  // The same tone InsultDetector::tone() gives a detector with a model.
  auto sentiment = sentiment::SentimentAnalyzer::create({.use_models = false});
  if (!sentiment) return tl::make_unexpected(sentiment.error());
  std::vector<model::Example> examples;
  examples.reserve(posts.size());
  TokenizedText tokens;
  for (const LabeledPost& post : posts) {
    tokens.clear();
    tokenize(post.text, tokens);
    model::Example e;
    e.buckets = model::features_of(tokens, options.features);
    float dense[kInsultFeatures];
    insult_features(rules.detect_rules(post.text, tokens, "en"),
                    sentiment->analyze(post.text, tokens, "en").rule_score, dense);
    e.dense.assign(std::begin(dense), std::end(dense));
    e.label = post.offensive ? 1 : 0;
    examples.push_back(std::move(e));
  }
  if (auto ok = model::train(*model, examples, options.train); !ok)
    return tl::make_unexpected(ok.error());
  return model;
}

}  // namespace rauch::text
