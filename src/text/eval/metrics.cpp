#include "text/eval/metrics.h"

#include <cmath>

#include "core/assert.h"

namespace rauch::text::eval {

Confusion::Confusion(std::vector<std::string> labels)
    : labels_(std::move(labels)),
      matrix_(labels_.size(), std::vector<std::size_t>(labels_.size(), 0)) {}

void Confusion::add(std::size_t gold, std::size_t predicted) {
  RAUCH_ASSERT(gold < labels_.size() && predicted < labels_.size(), "label index out of range");
  ++matrix_[gold][predicted];
  ++total_;
}

Metrics compute_metrics(const Confusion& confusion) {
  const auto& m = confusion.matrix();
  const std::size_t k = m.size();
  Metrics out;
  out.n = confusion.total();
  std::size_t correct = 0;
  for (std::size_t c = 0; c < k; ++c) {
    ClassScores s;
    std::size_t predicted = 0;
    for (std::size_t g = 0; g < k; ++g)
      predicted += m[g][c];
    for (std::size_t p = 0; p < k; ++p)
      s.support += m[c][p];
    const auto tp = static_cast<double>(m[c][c]);
    correct += m[c][c];
    s.precision = predicted == 0 ? 0 : tp / static_cast<double>(predicted);
    s.recall = s.support == 0 ? 0 : tp / static_cast<double>(s.support);
    s.f1 = s.precision + s.recall == 0 ? 0
                                       : 2 * s.precision * s.recall / (s.precision + s.recall);
    out.classes.push_back(s);
  }
  if (out.n == 0 || k == 0)
    return out;
  const auto n = static_cast<double>(out.n);
  out.accuracy = static_cast<double>(correct) / n;
  for (const ClassScores& s : out.classes) {
    out.macro_f1 += s.f1 / static_cast<double>(k);
    out.macro_recall += s.recall / static_cast<double>(k);
    out.weighted_f1 += s.f1 * static_cast<double>(s.support) / n;
  }
  return out;
}

std::optional<double> pearson(std::span<const double> x, std::span<const double> y) {
  if (x.size() != y.size() || x.size() < 2)
    return std::nullopt;
  const auto n = static_cast<double>(x.size());
  double mx = 0, my = 0;
  for (std::size_t i = 0; i < x.size(); ++i) {
    mx += x[i];
    my += y[i];
  }
  mx /= n;
  my /= n;
  double sxy = 0, sxx = 0, syy = 0;
  for (std::size_t i = 0; i < x.size(); ++i) {
    sxy += (x[i] - mx) * (y[i] - my);
    sxx += (x[i] - mx) * (x[i] - mx);
    syy += (y[i] - my) * (y[i] - my);
  }
  if (sxx == 0 || syy == 0)
    return std::nullopt;
  return sxy / std::sqrt(sxx * syy);
}

}  // namespace rauch::text::eval
