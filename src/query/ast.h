#pragma once

// The abstract syntax tree of the query language (docs/query-language.md). The parser
// makes it, the printer writes its canonical text, the matcher compiles it. Leaves keep
// the text as the user wrote it; folding (case, diacritics, German spellings) happens
// when the matcher compiles the tree, with the same normalizer that tokenizes posts.
//
// Invariants of every tree the parser returns (and the printer relies on):
//   - kAnd and kOr have at least two children; kNot exactly one; kNear exactly two.
//   - A kNear child is a kTerm, kPhrase, kNear, or a kOr whose children are all of those.
//   - A term's text is non-empty and has no whitespace; a phrase's text is non-empty.

#include <cstdint>
#include <limits>
#include <string>
#include <vector>

namespace rauch::query {

enum class NodeKind : std::uint8_t {
  kTerm,    // bahn, verspät*, colo?r, #bahn, @velora, 🔥, {DB}
  kPhrase,  // "funktioniert nicht"
  kAnd,     // a AND b, a b (implicit)
  kOr,      // a OR b
  kNot,     // NOT a, -a
  kNear,    // a NEAR/3 b (any order), a ONEAR/3 b and a NEAR/3f b (ordered), "a b"~3
  kField,   // lang:de, followers:>1000, site:velora.de, ...
};

// Fields whose value is compared with the post's metadata (not its text).
enum class Field : std::uint8_t {
  kLang,       // lang:de
  kSource,     // source:twitter
  kAuthor,     // author:velora_hilfe, author:@velora_hilfe (handle or id, any case)
  kSite,       // site:velora.de (post url or a linked url; subdomains included)
  kUrl,        // url:velora.de/produkt (substring of the post's url)
  kLinks,      // links:velora.de (substring of any url linked in the text)
  kKind,       // kind:reply
  kOwn,        // own:true
  kVerified,   // verified:true
  kCountry,    // country:de
  kSentiment,  // sentiment:negative
  kIntent,     // intent:complaint
  kFollowers,  // followers:>1000, followers:10..500, authorFollowers:[10 TO 500]
  kRating,     // rating:[1 TO 2], rating:<3
};

// A numeric interval for followers: and rating:. Unbounded sides are infinite.
struct Range {
  double min = -std::numeric_limits<double>::infinity();
  double max = std::numeric_limits<double>::infinity();
  bool min_exclusive = false;
  bool max_exclusive = false;

  friend bool operator==(const Range&, const Range&) = default;
};

struct Node {
  NodeKind kind = NodeKind::kTerm;

  // kTerm, kPhrase: the text as written, without quotes or braces. For kField with a
  // text value: the value as written (e.g. "de", "velora.de", "true").
  std::string text;

  // kTerm: written in braces, {DB}: matches the NFKC form exactly, no case or
  // diacritic folding. kPhrase: likewise for every word of the phrase.
  bool case_sensitive = false;
  // kTerm, kPhrase: only the post's title is searched (title:bahn, title:"a b").
  bool title_only = false;

  // kNear: the largest number of words between the two operands, and whether the left
  // operand must come first.
  std::uint32_t distance = 0;
  bool ordered = false;

  // kField
  Field field = Field::kLang;
  Range range;  // kFollowers and kRating only.

  std::vector<Node> children;

  friend bool operator==(const Node&, const Node&) = default;
};

// Limits every query must keep; the parser reports each with a clear error.
struct Limits {
  std::size_t max_query_bytes = 8 * 1024;
  std::size_t max_depth = 32;   // Nesting of brackets and operators.
  std::size_t max_terms = 256;  // Terms, phrases and fields together.
  std::uint32_t max_near_distance = 100;
  std::size_t max_queries = 200'000;  // Per query set (enforced where sets are built).
};

// The names used in queries and messages ("lang", "followers").
const char* field_name(Field field);

}  // namespace rauch::query
