#pragma once

// Classification metrics over a confusion matrix, as scikit-learn defines them: per-class
// F1 = 2PR/(P+R) (0 when P+R = 0), macro-F1 = their mean over all labels, weighted F1 =
// their mean weighted by gold support; Pearson r between two series.

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace rauch::text::eval {

class Confusion {
 public:
  explicit Confusion(std::vector<std::string> labels);
  // Counts one item with gold class `gold` predicted as `predicted` (label indexes).
  void add(std::size_t gold, std::size_t predicted);

  const std::vector<std::string>& labels() const { return labels_; }
  // matrix()[gold][predicted]
  const std::vector<std::vector<std::size_t>>& matrix() const { return matrix_; }
  std::size_t total() const { return total_; }

 private:
  std::vector<std::string> labels_;
  std::vector<std::vector<std::size_t>> matrix_;
  std::size_t total_ = 0;
};

struct ClassScores {
  double precision = 0;
  double recall = 0;
  double f1 = 0;
  std::size_t support = 0;  // gold items of the class
};

struct Metrics {
  std::size_t n = 0;
  double accuracy = 0;
  double macro_f1 = 0;
  double weighted_f1 = 0;
  double macro_recall = 0;  // TweetEval's sentiment metric
  std::vector<ClassScores> classes;  // in label order
};

Metrics compute_metrics(const Confusion& confusion);

// Pearson's r, or nullopt when the sizes differ, n < 2 or a series is constant.
std::optional<double> pearson(std::span<const double> x, std::span<const double> y);

}  // namespace rauch::text::eval
