#include "text/model/train.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>

namespace rauch::text::model {

std::vector<std::uint32_t> features_of(const TokenizedText& text, const FeatureConfig& config) {
  std::vector<std::uint32_t> out;
  for_each_feature(text, config, [&](std::uint32_t bucket) { out.push_back(bucket); });
  return out;
}

namespace {

// AdaGrad step for one weight with its accumulated squared gradient.
inline void step(float& w, float& g2, float grad, float rate) {
  g2 += grad * grad;
  w -= rate * grad / std::sqrt(g2 + 1e-8f);
}

}  // namespace

Result<void> train(LinearModel& model, std::span<const Example> examples,
                   const TrainOptions& options) {
  const std::size_t k = model.classes();
  const std::size_t d = model.dense_features();
  std::vector<double> class_count(k, 0.0);
  for (const Example& e : examples) {
    if (e.label >= k || e.dense.size() != d)
      return make_error(ErrorCode::kInvalidArgument, "example does not fit the model");
    class_count[e.label] += 1;
  }
  std::vector<float> class_weight(k, 1.0f);
  if (options.balance_classes)
    for (std::size_t c = 0; c < k; ++c)
      class_weight[c] = class_count[c] == 0
                            ? 0.0f
                            : static_cast<float>(static_cast<double>(examples.size()) /
                                                 (static_cast<double>(k) * class_count[c]));

  auto sparse = model.sparse_weights();
  auto dense = model.dense_weights();
  auto bias = model.bias();
  std::vector<float> g2_sparse(sparse.size(), 0.0f), g2_dense(dense.size(), 0.0f),
      g2_bias(k, 0.0f);
  std::vector<std::size_t> order(examples.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::mt19937_64 rng(options.seed);
  std::vector<float> probs(k);
  for (int epoch = 0; epoch < options.epochs; ++epoch) {
    std::shuffle(order.begin(), order.end(), rng);
    for (std::size_t index : order) {
      const Example& e = examples[index];
      const float scale =
          e.buckets.empty() ? 0.0f : 1.0f / std::sqrt(static_cast<float>(e.buckets.size()));
      for (std::size_t c = 0; c < k; ++c) {
        float z = bias[c];
        for (std::uint32_t b : e.buckets)
          z += scale * sparse[std::size_t{b} * k + c];
        for (std::size_t j = 0; j < d; ++j)
          z += e.dense[j] * dense[j * k + c];
        probs[c] = z;
      }
      softmax(probs);
      for (std::size_t c = 0; c < k; ++c) {
        const float g = class_weight[e.label] * (probs[c] - (c == e.label ? 1.0f : 0.0f));
        step(bias[c], g2_bias[c], g, options.learning_rate);
        for (std::size_t j = 0; j < d; ++j) {
          float& w = dense[j * k + c];
          step(w, g2_dense[j * k + c], g * e.dense[j], options.learning_rate);
        }
        for (std::uint32_t b : e.buckets) {
          const std::size_t at = std::size_t{b} * k + c;
          step(sparse[at], g2_sparse[at], g * scale + options.l2 * sparse[at],
               options.learning_rate);
        }
      }
    }
  }
  return {};
}

}  // namespace rauch::text::model
