#include "random_ast.h"

#include <array>
#include <charconv>
#include <string_view>
#include <vector>

#include "core/post.h"
#include "query/syntax/detail/words.h"

namespace rauch::query::testing {
namespace {

// Pieces of words: ASCII, accented and non-Latin letters, emoji with a joiner, combining
// marks, wildcards and the punctuation that is special somewhere else in the language.
constexpr std::array<std::string_view, 52> kPieces = {
    "a", "b", "z", "N", "E",  "A",      "R",      "O", "T", "D", "Ä", "ö",  "ß",
    "é", "1", "0", "-", "_",  ".",      "'",      "/", "#", "@", "*", "?",  "~",
    "<", ">", "[", "]", "!",  ",",      ";",      "&", "|", "+", "=", ":",  "🔥",
    "👍", "ç", "İ", "Σ", "中", "\u200D", "\u0301", "(", ")", "{", "}", "\"", "\u201C"};

constexpr std::array<std::string_view, 24> kWords = {
    "bahn",       "Zug",    "verspät*", "colo?r", "ba*", "#bahn",  "@velora_hilfe",
    "DB-Störung", "e-bike", "and",      "or",     "not", "near/3", "NEARBY",
    "ANDROID",    "10:30",  "Straße",   "naïve",  "🔥",   "a~2",    ">>>",
    "x<<",        "#*",     "über"};

}  // namespace

bool needs_positive_term(const Node& node) {
  switch (node.kind) {
    case NodeKind::kNot:
      return false;
    case NodeKind::kAnd:
      for (const Node& child : node.children) {
        if (needs_positive_term(child)) {
          return true;
        }
      }
      return false;
    case NodeKind::kOr:
      for (const Node& child : node.children) {
        if (!needs_positive_term(child)) {
          return false;
        }
      }
      return true;
    default:
      return true;
  }
}

bool RandomAst::chance(int percent) {
  return std::uniform_int_distribution<int>(0, 99)(rng_) < percent;
}

std::size_t RandomAst::below(std::size_t n) {
  return std::uniform_int_distribution<std::size_t>(0, n - 1)(rng_);
}

std::string RandomAst::word() {
  if (chance(40)) {
    return std::string(kWords[below(kWords.size())]);
  }
  std::string out;
  const std::size_t length = 1 + below(8);
  for (std::size_t i = 0; i < length; ++i) {
    out += kPieces[below(kPieces.size())];
  }
  return out;
}

Node RandomAst::term() {
  ++leaves_;
  Node node{.kind = NodeKind::kTerm};
  node.case_sensitive = chance(20);
  node.title_only = chance(15);
  for (int attempt = 0; attempt < 100; ++attempt) {
    std::string text = word();
    const bool spelled =
        node.case_sensitive ? detail::is_braced_term(text) : detail::is_plain_term(text);
    const detail::Wildcard wildcard = detail::find_wildcard(text);
    if (spelled && (!wildcard.found || wildcard.leading > 0)) {
      node.text = std::move(text);
      return node;
    }
  }
  node.text = "bahn";
  return node;
}

Node RandomAst::phrase() {
  ++leaves_;
  Node node{.kind = NodeKind::kPhrase};
  node.case_sensitive = chance(20);
  node.title_only = chance(15);
  const std::size_t words = 1 + below(4);
  for (std::size_t i = 0; i < words; ++i) {
    node.text += i == 0 ? "" : (chance(10) ? "  " : " ");
    node.text += word();
  }
  if (chance(10)) {
    node.text = " " + node.text + " ";
  }
  // One phrase cannot hold both kinds of quotes: "…" holds no '"', „…“ no '“' or '”'.
  const bool straight = node.text.find('"') != std::string::npos;
  const bool curly = node.text.find("\u201C") != std::string::npos;
  if (straight && curly) {
    node.text = "er sagte \"nein\"";
  }
  return node;
}

std::string RandomAst::number(bool whole) {
  std::string digits = std::to_string(below(whole && chance(20) ? 1'000'000'000 : 1000));
  if (chance(5)) {
    return "999999999999999";  // The largest value; with a fraction it rounds to 10^15.
  }
  if (!whole && chance(50)) {
    digits += "." + std::to_string(1 + below(99));
  }
  return digits;
}

Range RandomAst::range(bool whole) {
  auto value = [&] {
    const std::string text = number(whole);
    double parsed = 0;
    std::from_chars(text.data(), text.data() + text.size(), parsed);
    return parsed;
  };
  Range range;
  switch (below(7)) {
    case 0:
      break;  // [* TO *]
    case 1:
    case 2:
      range.min = value();
      range.min_exclusive = chance(50);
      break;
    case 3:
    case 4:
      range.max = value();
      range.max_exclusive = chance(50);
      break;
    case 5: {
      double a = value();
      double b = value();
      if (a > b) {
        std::swap(a, b);
      }
      range.min = a;
      range.max = b;
      if (a < b) {
        range.min_exclusive = chance(50);
        range.max_exclusive = chance(50);
      }
      break;
    }
    default:
      range.min = range.max = value();
      break;
  }
  return range;
}

Node RandomAst::field() {
  ++leaves_;
  constexpr std::array<std::string_view, 6> kLangs = {"de", "en", "pt-br", "gsw", "fr", "zh-hans"};
  constexpr std::array<std::string_view, 3> kSentiments = {"negative", "neutral", "positive"};
  constexpr std::array<std::string_view, 6> kIntents = {"complaint",  "question", "praise",
                                                        "suggestion", "spam",     "other"};
  constexpr std::array<std::string_view, 6> kValues = {
      "velora_hilfe", "@velora_hilfe", "Some Name", "velora.de", "velora.de/produkt(1)", "AND"};
  Node node{.kind = NodeKind::kField};
  node.field = static_cast<Field>(below(static_cast<std::size_t>(Field::kRating) + 1));
  switch (node.field) {
    case Field::kLang:
      node.text = kLangs[below(kLangs.size())];
      break;
    case Field::kSource:
      node.text = all_source_names()[below(all_source_names().size())];
      break;
    case Field::kKind:
      node.text = all_post_kind_names()[below(all_post_kind_names().size())];
      break;
    case Field::kOwn:
    case Field::kVerified:
      node.text = chance(50) ? "true" : "false";
      break;
    case Field::kCountry:
      node.text = chance(50) ? "de" : "at";
      break;
    case Field::kSentiment:
      node.text = kSentiments[below(kSentiments.size())];
      break;
    case Field::kIntent:
      node.text = kIntents[below(kIntents.size())];
      break;
    case Field::kFollowers:
    case Field::kRating:
      node.range = range(node.field == Field::kFollowers);
      break;
    default: {
      node.text = chance(50) ? std::string(kValues[below(kValues.size())]) : word();
      const bool straight = node.text.find('"') != std::string::npos;
      const bool curly = node.text.find("\u201C") != std::string::npos;
      if (straight && curly) {
        node.text = "velora";
      }
      break;
    }
  }
  return node;
}

Node RandomAst::operand_of(NodeKind parent, int depth) {
  for (int attempt = 0; attempt < 10; ++attempt) {
    Node child = node(depth);
    if (child.kind != parent) {
      return child;
    }
  }
  return term();
}

Node RandomAst::near_operand(int depth) {
  const bool leaf_only = depth >= 5 || leaves_ > 40;
  switch (leaf_only ? below(3) : below(5)) {
    case 0:
    case 1:
      return term();
    case 2:
      return phrase();
    case 3:
      return Node{.kind = NodeKind::kNear,
                  .distance = static_cast<std::uint32_t>(below(chance(80) ? 11 : 101)),
                  .ordered = chance(50),
                  .children = {near_operand(depth + 1), near_operand(depth + 1)}};
    default: {
      Node group{.kind = NodeKind::kOr};
      const std::size_t count = 2 + below(2);
      for (std::size_t i = 0; i < count; ++i) {
        Node child = near_operand(depth + 1);
        group.children.push_back(child.kind == NodeKind::kOr ? term() : std::move(child));
      }
      return group;
    }
  }
}

Node RandomAst::node(int depth) {
  const bool leaf_only = depth >= 5 || leaves_ > 40;
  switch (leaf_only ? below(3) : below(7)) {
    case 0:
      return term();
    case 1:
      return phrase();
    case 2:
      return field();
    case 3:
    case 4: {
      const NodeKind kind = below(2) == 0 ? NodeKind::kAnd : NodeKind::kOr;
      Node group{.kind = kind};
      const std::size_t count = 2 + below(3);
      for (std::size_t i = 0; i < count; ++i) {
        group.children.push_back(operand_of(kind, depth + 1));
      }
      return group;
    }
    case 5:
      return Node{.kind = NodeKind::kNot, .children = {node(depth + 1)}};
    default:
      return Node{.kind = NodeKind::kNear,
                  .distance = static_cast<std::uint32_t>(below(chance(80) ? 11 : 101)),
                  .ordered = chance(50),
                  .children = {near_operand(depth + 1), near_operand(depth + 1)}};
  }
}

Node RandomAst::query() {
  leaves_ = 0;
  Node root = node(0);
  if (!needs_positive_term(root)) {
    if (root.kind == NodeKind::kAnd) {
      root.children.push_back(term());
    } else {
      root = Node{.kind = NodeKind::kAnd, .children = {term(), std::move(root)}};
    }
  }
  return root;
}

}  // namespace rauch::query::testing
