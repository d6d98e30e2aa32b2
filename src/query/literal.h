#pragma once

// A literal is what one term or phrase of a query looks for in a post's tokens: a
// sequence of token patterns that must match consecutive tokens. It is derived with the
// shared tokenizer, so a query word is folded exactly like the posts it is matched
// against: "DB-Störung" becomes the two-token literal [db] [storung], "Über" becomes
// [uber], "verspät*" the one-token glob [verspat*].

#include <string>
#include <vector>

#include "core/error.h"
#include "query/ast.h"

namespace rauch::query {

struct TokenPattern {
  // Folded (or, for case-sensitive literals, NFKC) token text. When `glob`, '*' stands
  // for any run of characters and '?' for exactly one character (code point).
  std::string text;
  bool glob = false;
  // A plain word also matches the hashtag of the same word: bahn matches #bahn.
  bool matches_hashtag = false;
};

struct Literal {
  std::vector<TokenPattern> tokens;  // Empty: the term has no searchable characters.
  bool case_sensitive = false;

  friend bool operator==(const Literal&, const Literal&) = default;
};

inline bool operator==(const TokenPattern& a, const TokenPattern& b) {
  return a.text == b.text && a.glob == b.glob && a.matches_hashtag == b.matches_hashtag;
}

// The literal of a kTerm or kPhrase node. kInvalidArgument for a wildcard term that is
// not a single word ("DB-Stör*": write the phrase "DB Stör*").
[[nodiscard]] Result<Literal> literal_of(const Node& leaf);

// A Hyperscan expression that finds the literal in TokenizedText's " tok tok " layout,
// and whether it needs HS_FLAG_UTF8 ('?' is one code point, not one byte).
struct Expression {
  std::string pattern;
  bool utf8 = false;
};

// The expressions that together find the literal: " verspat" (a trailing '*' needs no
// pattern: the match ends inside the token) and, when the first
// token also matches as a hashtag, "#verspat" ('#' only ever starts a token, so it
// needs no space before it). Two plain expressions instead of one with "#?" keep most
// patterns pure literals, which Hyperscan compiles several times faster.
std::vector<Expression> hyperscan_expressions(const Literal& literal);

}  // namespace rauch::query
