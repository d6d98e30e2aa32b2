#pragma once

// Seeded random posts and query trees over one small vocabulary full of near-collisions
// (Bahn/#bahn/Bahnchaos, Über/ueber/uber, DB/DBA, full-width and ligature forms), so that
// random pairs match often and every folding rule, operator and field is exercised.

#include <random>

#include "core/post.h"
#include "query/ast.h"
#include "query/document.h"

namespace rauch::testing {

class RandomQueries {
 public:
  explicit RandomQueries(std::uint64_t seed) : rng_(seed) {}

  Post post();
  query::AnalysisLabels labels();
  query::Node query(int depth = 3);

 private:
  query::Node leaf(bool allow_field);
  query::Node near_operand(int depth);
  query::Node field();
  std::string word();
  std::size_t pick(std::size_t n) {
    return std::uniform_int_distribution<std::size_t>(0, n - 1)(rng_);
  }
  bool chance(double p) { return std::bernoulli_distribution(p)(rng_); }

  std::mt19937_64 rng_;
};

}  // namespace rauch::testing
