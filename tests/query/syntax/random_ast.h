#pragma once

// A seeded generator of valid query trees (every node kind, field, range form and flag),
// for the roundtrip test: parse(print(tree)) == tree. "Valid" is what the parser can
// return: the invariants of query/ast.h, flat AND/OR, terms that can be written bare or
// in braces, canonical field values, and a root that needs a positive term.

#include <cstdint>
#include <random>
#include <string>

#include "query/ast.h"

namespace rauch::query::testing {

class RandomAst {
 public:
  explicit RandomAst(std::uint64_t seed) : rng_(seed) {}

  Node query();

 private:
  Node node(int depth);
  Node operand_of(NodeKind parent, int depth);
  Node near_operand(int depth);
  Node term();
  Node phrase();
  Node field();
  Range range(bool whole);
  std::string word();
  std::string number(bool whole);
  bool chance(int percent);
  std::size_t below(std::size_t n);

  std::mt19937_64 rng_;
  int leaves_ = 0;
};

// Whether every match of `node` needs a positive term (the parser's rule for the root).
bool needs_positive_term(const Node& node);

}  // namespace rauch::query::testing
