#pragma once

// A multinomial logistic regression over hashed features (feature_hash.h) plus a few dense
// features supplied by the caller (e.g. the rule-based sentiment score). Immutable after
// training or loading; predict() is const, thread-safe, and does not allocate.

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.h"
#include "text/model/feature_hash.h"
#include "text/tokens.h"

namespace rauch::text::model {

// Limits for models built or read from a file (a corrupt file must not allocate gigabytes).
inline constexpr std::size_t kMaxClasses = 16;
inline constexpr std::size_t kMaxDense = 16;
inline constexpr std::uint32_t kMinBucketBits = 8;
inline constexpr std::uint32_t kMaxBucketBits = 24;

class LinearModel {
 public:
  // An all-zero model. Errors: kInvalidArgument when a limit above is broken or labels
  // are empty or repeated.
  static Result<LinearModel> create(const FeatureConfig& config, std::vector<std::string> labels,
                                    std::size_t dense_features);

  const FeatureConfig& config() const { return config_; }
  std::size_t classes() const { return labels_.size(); }
  std::size_t dense_features() const { return dense_count_; }
  const std::vector<std::string>& labels() const { return labels_; }
  // The class index of `label`, or classes() when unknown.
  std::size_t label_index(std::string_view label) const;

  // Class probabilities for `text` with `dense` (size dense_features()) into `probs`
  // (size classes()). Sparse features are scaled by 1/sqrt(count) so long and short posts
  // weigh alike.
  void predict(const TokenizedText& text, std::span<const float> dense,
               std::span<float> probs) const;

  // Training and serialization access (train.cpp, model_file.cpp).
  std::span<float> sparse_weights() { return sparse_; }  // bucket * classes + class
  std::span<const float> sparse_weights() const { return sparse_; }
  std::span<float> dense_weights() { return dense_; }  // feature * classes + class
  std::span<const float> dense_weights() const { return dense_; }
  std::span<float> bias() { return bias_; }
  std::span<const float> bias() const { return bias_; }

 private:
  LinearModel() = default;

  FeatureConfig config_;
  std::vector<std::string> labels_;
  std::size_t dense_count_ = 0;
  std::vector<float> sparse_;
  std::vector<float> dense_;
  std::vector<float> bias_;
};

// Softmax in place over `logits`.
void softmax(std::span<float> logits);

}  // namespace rauch::text::model
