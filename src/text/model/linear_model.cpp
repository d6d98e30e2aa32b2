#include "text/model/linear_model.h"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

namespace rauch::text::model {

Result<LinearModel> LinearModel::create(const FeatureConfig& config,
                                        std::vector<std::string> labels,
                                        std::size_t dense_features) {
  if (config.bucket_bits < kMinBucketBits || config.bucket_bits > kMaxBucketBits)
    return make_error(ErrorCode::kInvalidArgument,
                      fmt::format("bucket bits {} not in [{}, {}]", config.bucket_bits,
                                  kMinBucketBits, kMaxBucketBits));
  if (config.char_min > config.char_max || config.char_max > 8 || config.word_ngrams < 1 ||
      config.word_ngrams > 2)
    return make_error(ErrorCode::kInvalidArgument, "bad n-gram settings");
  if (labels.size() < 2 || labels.size() > kMaxClasses)
    return make_error(ErrorCode::kInvalidArgument,
                      fmt::format("{} classes, need 2 to {}", labels.size(), kMaxClasses));
  for (std::size_t i = 0; i < labels.size(); ++i)
    for (std::size_t j = i + 1; j < labels.size(); ++j)
      if (labels[i] == labels[j])
        return make_error(ErrorCode::kInvalidArgument, "repeated label " + labels[i]);
  if (dense_features > kMaxDense)
    return make_error(ErrorCode::kInvalidArgument, "too many dense features");
  LinearModel m;
  m.config_ = config;
  m.labels_ = std::move(labels);
  m.dense_count_ = dense_features;
  const std::size_t k = m.labels_.size();
  m.sparse_.assign((std::size_t{1} << config.bucket_bits) * k, 0.0f);
  m.dense_.assign(dense_features * k, 0.0f);
  m.bias_.assign(k, 0.0f);
  return m;
}

std::size_t LinearModel::label_index(std::string_view label) const {
  for (std::size_t i = 0; i < labels_.size(); ++i)
    if (labels_[i] == label)
      return i;
  return labels_.size();
}

void LinearModel::predict(const TokenizedText& text, std::span<const float> dense,
                          std::span<float> probs) const {
  const std::size_t k = labels_.size();
  float sums[kMaxClasses] = {};
  std::size_t count = 0;
  // The weight rows are scattered over megabytes: collect a chunk of buckets and prefetch
  // their rows before summing, so the cache misses overlap instead of queueing.
  constexpr std::size_t kChunk = 128;
  std::uint32_t buckets[kChunk];
  std::size_t pending = 0;
  auto sum_pending = [&] {
    for (std::size_t i = 0; i < pending; ++i) {
      const float* row = &sparse_[std::size_t{buckets[i]} * k];
      for (std::size_t c = 0; c < k; ++c)
        sums[c] += row[c];
    }
    count += pending;
    pending = 0;
  };
  for_each_feature(text, config_, [&](std::uint32_t bucket) {
    __builtin_prefetch(&sparse_[std::size_t{bucket} * k]);
    buckets[pending++] = bucket;
    if (pending == kChunk)
      sum_pending();
  });
  sum_pending();
  const float scale = count == 0 ? 0.0f : 1.0f / std::sqrt(static_cast<float>(count));
  for (std::size_t c = 0; c < k; ++c) {
    float z = bias_[c] + scale * sums[c];
    for (std::size_t d = 0; d < dense_count_ && d < dense.size(); ++d)
      z += dense[d] * dense_[d * k + c];
    probs[c] = z;
  }
  softmax(probs.first(k));
}

void softmax(std::span<float> logits) {
  if (logits.empty())
    return;
  const float top = *std::max_element(logits.begin(), logits.end());
  float total = 0;
  for (float& z : logits) {
    z = std::exp(z - top);
    total += z;
  }
  for (float& z : logits)
    z /= total;
}

}  // namespace rauch::text::model
