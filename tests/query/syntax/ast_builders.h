#pragma once

// Short constructors for expected trees in tests: And({T("a"), Not(P("b c"))}).

#include <cstdint>
#include <limits>
#include <string>
#include <utility>
#include <vector>

#include "query/ast.h"

namespace rauch::query::testing {

inline Node T(std::string text) { return Node{.kind = NodeKind::kTerm, .text = std::move(text)}; }

inline Node P(std::string text) { return Node{.kind = NodeKind::kPhrase, .text = std::move(text)}; }

inline Node CaseSensitive(Node node) {
  node.case_sensitive = true;
  return node;
}

inline Node Title(Node node) {
  node.title_only = true;
  return node;
}

inline Node And(std::vector<Node> children) {
  return Node{.kind = NodeKind::kAnd, .children = std::move(children)};
}

inline Node Or(std::vector<Node> children) {
  return Node{.kind = NodeKind::kOr, .children = std::move(children)};
}

inline Node Not(Node child) { return Node{.kind = NodeKind::kNot, .children = {std::move(child)}}; }

inline Node Near(Node left, Node right, std::uint32_t distance, bool ordered = false) {
  return Node{.kind = NodeKind::kNear,
              .distance = distance,
              .ordered = ordered,
              .children = {std::move(left), std::move(right)}};
}

inline Node F(Field field, std::string value) {
  return Node{.kind = NodeKind::kField, .text = std::move(value), .field = field};
}

inline Node R(Field field, Range range) {
  return Node{.kind = NodeKind::kField, .field = field, .range = range};
}

inline constexpr double kInf = std::numeric_limits<double>::infinity();

}  // namespace rauch::query::testing
