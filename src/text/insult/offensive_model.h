#pragma once

// The learned half of offensive-language detection: a logistic regression over hashed word
// and character n-grams (text/model) that also sees the insult rules' findings as dense
// features, so the rules' knowledge (personal attacks, profanity, German words) and the
// model's (hostility without a swear word) add up (docs/text-analysis.md#insults).
//
// No model file is shipped: the only English training data here (TweetEval offensive =
// OLID) has no licence that allows redistribution of derived models (data/README.md).
// Train one locally with train_offensive_model() and pass it to InsultDetector.

#include <cstddef>
#include <span>
#include <string_view>

#include "core/error.h"
#include "text/insult/insult.h"
#include "text/model/linear_model.h"
#include "text/model/train.h"

namespace rauch::text {

// The rule features a model sees, each in [0, 1]: rule score, offensive flag, personal
// attack, squashed counts of insult words, profanity and attack phrases, shouting, and
// the negative and positive parts of the sentiment rules' compound score (`tone`).
// A model file stores their count; changing them needs a retrain.
inline constexpr std::size_t kInsultFeatures = 9;
void insult_features(const InsultResult& rules, float tone, float (&out)[kInsultFeatures]);

// The model's class labels, as in TweetEval.
inline constexpr std::string_view kOffensiveLabel = "offensive";
inline constexpr std::string_view kNotOffensiveLabel = "not-offensive";

struct LabeledPost {
  std::string_view text;
  bool offensive = false;
};

// Defaults chosen on TweetEval offensive val (docs/text-analysis.md#insults): word uni- and
// bigrams plus character 2..6-grams, 5 epochs, L2 1e-3, balanced classes.
struct OffensiveTrainOptions {
  model::FeatureConfig features{.bucket_bits = 20, .word_ngrams = 2, .char_min = 2,
                                .char_max = 6};
  model::TrainOptions train{.epochs = 5, .learning_rate = 0.1F, .l2 = 1e-3F,
                            .balance_classes = true, .seed = 42};
};

// Trains a model on `posts` (English; train splits only) with the rules of `rules` as
// dense features. Deterministic for the same posts and options. Cold path. Errors: those
// of model::LinearModel::create and model::train.
Result<model::LinearModel> train_offensive_model(std::span<const LabeledPost> posts,
                                                 const InsultDetector& rules,
                                                 const OffensiveTrainOptions& options = {});

}  // namespace rauch::text
