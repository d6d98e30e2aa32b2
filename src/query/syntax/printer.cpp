#include "query/syntax/printer.h"

#include <limits>

#include <fmt/format.h>

#include "query/syntax/detail/range_value.h"
#include "query/syntax/detail/words.h"

namespace rauch::query {
namespace {

bool is_group(const Node& node) {
  return node.kind == NodeKind::kAnd || node.kind == NodeKind::kOr;
}

bool is_near_leaf(const Node& node) {
  return node.kind == NodeKind::kTerm || node.kind == NodeKind::kPhrase;
}

// A phrase's text holds no quote of the kind that delimited it, so one of the two
// spellings always fits.
void print_quoted(std::string& out, std::string_view text) {
  if (text.find('"') == std::string_view::npos) {
    out += '"';
    out += text;
    out += '"';
  } else {
    out += "\u201E";
    out += text;
    out += "\u201C";
  }
}

void print_range(std::string& out, const Range& range) {
  const bool open_min = range.min == -std::numeric_limits<double>::infinity();
  const bool open_max = range.max == std::numeric_limits<double>::infinity();
  if (open_min && !open_max) {
    out += range.max_exclusive ? "<" : "<=";
    out += detail::format_number(range.max);
  } else if (open_max && !open_min) {
    out += range.min_exclusive ? ">" : ">=";
    out += detail::format_number(range.min);
  } else {
    out += range.min_exclusive ? '{' : '[';
    out += detail::format_number(range.min);
    out += " TO ";
    out += detail::format_number(range.max);
    out += range.max_exclusive ? '}' : ']';
  }
}

void print_field(std::string& out, const Node& node) {
  out += field_name(node.field);
  out += ':';
  if (node.field == Field::kFollowers || node.field == Field::kRating) {
    print_range(out, node.range);
  } else if (detail::is_bare_value(node.text)) {
    out += node.text;
  } else {
    print_quoted(out, node.text);
  }
}

void print_leaf(std::string& out, const Node& node) {
  if (node.title_only) {
    out += "title:";
  }
  if (node.case_sensitive) {
    out += '{';
  }
  if (node.kind == NodeKind::kPhrase) {
    print_quoted(out, node.text);
  } else {
    out += node.text;
  }
  if (node.case_sensitive) {
    out += '}';
  }
}

void print_node(std::string& out, const Node& node);

void print_operand(std::string& out, const Node& node, bool brackets) {
  if (brackets) {
    out += '(';
  }
  print_node(out, node);
  if (brackets) {
    out += ')';
  }
}

void print_node(std::string& out, const Node& node) {
  switch (node.kind) {
    case NodeKind::kTerm:
    case NodeKind::kPhrase:
      print_leaf(out, node);
      return;
    case NodeKind::kField:
      print_field(out, node);
      return;
    case NodeKind::kAnd:
    case NodeKind::kOr: {
      // An AND inside an OR gets brackets though precedence does not need them: the
      // canonical text should not earn the mixed AND/OR lint.
      const char* separator = node.kind == NodeKind::kAnd ? " AND " : " OR ";
      for (std::size_t i = 0; i < node.children.size(); ++i) {
        out += i == 0 ? "" : separator;
        print_operand(out, node.children[i], is_group(node.children[i]));
      }
      return;
    }
    case NodeKind::kNot:
      out += "NOT ";
      if (!node.children.empty()) {
        print_operand(out, node.children[0], is_group(node.children[0]));
      }
      return;
    case NodeKind::kNear:
      if (node.children.size() != 2) {
        return;
      }
      // Left-associative: a NEAR/3 b NEAR/2 c is (a NEAR/3 b) NEAR/2 c.
      print_operand(out, node.children[0],
                    !is_near_leaf(node.children[0]) && node.children[0].kind != NodeKind::kNear);
      out += fmt::format(" {}NEAR/{} ", node.ordered ? "O" : "", node.distance);
      print_operand(out, node.children[1], !is_near_leaf(node.children[1]));
      return;
  }
}

}  // namespace

std::string print(const Node& node) {
  std::string out;
  print_node(out, node);
  return out;
}

}  // namespace rauch::query
