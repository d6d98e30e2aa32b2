#pragma once

// Building the tree while parsing: flattening AND and OR, and keeping for every subtree
// what the parser's checks need (where it starts, how deep it is, whether it can match
// without a positive term).

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "query/ast.h"

namespace rauch::query::detail {

// Why a subtree can match a post that contains none of its positive terms.
enum class Negative : std::uint8_t {
  kNone,           // It cannot: every match needs a term, phrase, NEAR or field.
  kOnlyNot,        // It is made of NOTs only: "NOT a", "-a -b".
  kOrAlternative,  // An OR with such an alternative: "a OR NOT b".
};

struct Operand {
  Node node;
  std::size_t offset = 0;  // Byte offset where it starts, for messages.
  std::size_t depth = 1;   // Nodes on the longest path down to a leaf.
  Negative negative = Negative::kNone;
  std::size_t negative_offset = 0;  // Where the negative part starts.
  bool bare_and = false;            // An AND chain outside brackets (mixed AND/OR lint).
};

Operand make_leaf(Node node, std::size_t offset);

// kAnd or kOr of two or more operands. Operands of the same kind are spliced in, so AND
// and OR are flat everywhere and every tree has one canonical text.
Operand combine(NodeKind kind, std::vector<Operand> operands);

Operand negate(Operand operand, std::size_t offset);

Operand make_near(Operand left, Operand right, std::uint32_t distance, bool ordered);

// What makes `node` unfit to be a NEAR operand ("an AND group"), or nullopt when it is
// a term, a phrase, a NEAR or an OR of those.
std::optional<std::string> bad_near_operand(const Node& node);

// title:(...): marks every term and phrase below `node` as title_only.
void mark_title(Node& node);

}  // namespace rauch::query::detail
