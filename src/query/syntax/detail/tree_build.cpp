#include "query/syntax/detail/tree_build.h"

#include <algorithm>
#include <utility>

namespace rauch::query::detail {
namespace {

bool is_near_leaf(const Node& node) {
  return node.kind == NodeKind::kTerm || node.kind == NodeKind::kPhrase ||
         node.kind == NodeKind::kNear;
}

const char* describe(NodeKind kind) {
  switch (kind) {
    case NodeKind::kAnd:
      return "an AND group";
    case NodeKind::kOr:
      return "an OR group";
    case NodeKind::kNot:
      return "a NOT";
    case NodeKind::kField:
      return "a field";
    case NodeKind::kTerm:
    case NodeKind::kPhrase:
    case NodeKind::kNear:
      break;
  }
  return "a term";
}

// AND needs one operand that cannot match without a positive term; OR needs all.
void set_negative(Operand& result, const std::vector<Operand>& operands) {
  const auto first_negative = std::find_if(operands.begin(), operands.end(), [](const Operand& o) {
    return o.negative != Negative::kNone;
  });
  if (first_negative == operands.end()) {
    return;
  }
  if (result.node.kind == NodeKind::kOr) {
    result.negative = Negative::kOrAlternative;
    result.negative_offset = first_negative->negative == Negative::kOrAlternative
                                 ? first_negative->negative_offset
                                 : first_negative->offset;
    return;
  }
  const bool any_positive = std::any_of(operands.begin(), operands.end(), [](const Operand& o) {
    return o.negative == Negative::kNone;
  });
  if (any_positive) {
    return;
  }
  const auto or_alternative = std::find_if(operands.begin(), operands.end(), [](const Operand& o) {
    return o.negative == Negative::kOrAlternative;
  });
  if (or_alternative != operands.end()) {
    result.negative = Negative::kOrAlternative;
    result.negative_offset = or_alternative->negative_offset;
  } else {
    result.negative = Negative::kOnlyNot;
    result.negative_offset = result.offset;
  }
}

}  // namespace

Operand make_leaf(Node node, std::size_t offset) {
  return Operand{.node = std::move(node), .offset = offset};
}

Operand combine(NodeKind kind, std::vector<Operand> operands) {
  Operand result;
  result.node.kind = kind;
  result.offset = operands.front().offset;
  std::size_t child_depth = 0;
  for (Operand& operand : operands) {
    if (operand.node.kind == kind) {
      child_depth = std::max(child_depth, operand.depth - 1);
      for (Node& child : operand.node.children) {
        result.node.children.push_back(std::move(child));
      }
    } else {
      child_depth = std::max(child_depth, operand.depth);
      result.node.children.push_back(std::move(operand.node));
    }
  }
  result.depth = child_depth + 1;
  set_negative(result, operands);
  return result;
}

Operand negate(Operand operand, std::size_t offset) {
  Operand result;
  result.node.kind = NodeKind::kNot;
  result.node.children.push_back(std::move(operand.node));
  result.offset = offset;
  result.depth = operand.depth + 1;
  result.negative = Negative::kOnlyNot;
  result.negative_offset = offset;
  return result;
}

Operand make_near(Operand left, Operand right, std::uint32_t distance, bool ordered) {
  Operand result;
  result.node.kind = NodeKind::kNear;
  result.node.distance = distance;
  result.node.ordered = ordered;
  result.offset = left.offset;
  result.depth = std::max(left.depth, right.depth) + 1;
  result.node.children.push_back(std::move(left.node));
  result.node.children.push_back(std::move(right.node));
  return result;
}

std::optional<std::string> bad_near_operand(const Node& node) {
  if (is_near_leaf(node)) {
    return std::nullopt;
  }
  if (node.kind != NodeKind::kOr) {
    return describe(node.kind);
  }
  for (const Node& child : node.children) {
    if (!is_near_leaf(child)) {
      return std::string("an OR group containing ") + describe(child.kind);
    }
  }
  return std::nullopt;
}

void mark_title(Node& node) {
  if (node.kind == NodeKind::kTerm || node.kind == NodeKind::kPhrase) {
    node.title_only = true;
  }
  for (Node& child : node.children) {
    mark_title(child);
  }
}

}  // namespace rauch::query::detail
