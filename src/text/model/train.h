#pragma once

// Training of a LinearModel: AdaGrad on the softmax cross-entropy with L2 regularization,
// examples visited in a seeded shuffle (the same data and seed give the same model bytes).
// Cold path: allocates freely.

#include <cstdint>
#include <span>
#include <vector>

#include "core/error.h"
#include "text/model/linear_model.h"

namespace rauch::text::model {

// One training example with its features already hashed (features_of()).
struct Example {
  std::vector<std::uint32_t> buckets;
  std::vector<float> dense;
  std::uint32_t label = 0;
};

struct TrainOptions {
  int epochs = 10;
  float learning_rate = 0.2f;
  float l2 = 1e-6f;             // per update, on the touched weights
  bool balance_classes = true;  // weight examples by 1/class frequency (macro-F1)
  std::uint64_t seed = 42;
};

// The buckets of `text` as predict() sees them.
std::vector<std::uint32_t> features_of(const TokenizedText& text, const FeatureConfig& config);

// Trains `model` (from LinearModel::create) in place. Errors: kInvalidArgument when an
// example's label or dense size does not fit the model.
Result<void> train(LinearModel& model, std::span<const Example> examples,
                   const TrainOptions& options);

}  // namespace rauch::text::model
