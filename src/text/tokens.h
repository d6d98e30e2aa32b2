#pragma once

// Tokens of a text, the one tokenization that both the query matcher and the text
// analysis use (docs/text-normalization.md). tokenize() appends the tokens of a text to
// a TokenizedText in two parallel forms:
//
//   folded: NFKC, case folded, diacritics removed, German spellings unified
//           ("Über" -> "uber", "ueber" -> "uber", "Straße" -> "strasse"),
//           emoji skin tones and variation selectors removed;
//   cased:  NFKC only (for case-sensitive query terms such as {DB}).
//
// Both are single strings in which every token is preceded and followed by exactly one
// space (" tok1 tok2 "), so a matcher can find whole tokens by scanning for " tok ".
// Guarantees the matcher relies on: no token contains a space, a control character or
// U+001F; '#' occurs only as the first byte of a hashtag token and '@' only as the
// first byte of a mention token; folded and cased have the same tokens in the same
// order. URLs are not tokens: they are reported in `links`.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace rauch::text {

enum class TokenKind : std::uint8_t {
  kWord,      // letters, digits, marks, '_' and inner apostrophes: "verspätung", "don't"
  kNumber,    // digits with inner '.', ',' or ':' between digits: "3.5", "1.000", "12:30"
  kHashtag,   // "#bahnchaos" (folded keeps the '#')
  kMention,   // "@velora_hilfe" (folded keeps the '@')
  kEmoji,     // one emoji grapheme cluster: "🔥", "👍" (folded drops skin tones)
  kEmoticon,  // ":)", ":-(", ":D", "<3", "xD", ...
  kBoundary,  // added by append_boundary(): separates fields such as title and body
};

struct Token {
  TokenKind kind = TokenKind::kWord;
  std::uint32_t source_begin = 0;  // Byte span in the text given to tokenize().
  std::uint32_t source_end = 0;
  std::uint32_t folded_begin = 0;  // Byte span in TokenizedText::folded.
  std::uint32_t folded_end = 0;
  std::uint32_t cased_begin = 0;  // Byte span in TokenizedText::cased.
  std::uint32_t cased_end = 0;
};

// A URL found in the text (http://, https://, www.), trailing punctuation excluded.
struct Link {
  std::uint32_t source_begin = 0;
  std::uint32_t source_end = 0;
  std::uint32_t field = 0;  // How many append_boundary() calls preceded it.
};

// Reusable output: clear() keeps capacity, so tokenizing post after post into one
// TokenizedText does not allocate once it has grown.
struct TokenizedText {
  std::string folded = " ";
  std::string cased = " ";
  std::vector<Token> tokens;
  std::vector<Link> links;
  std::uint32_t fields = 0;  // Number of append_boundary() calls so far.
  // Working memory of tokenize(), not output. It lives here, and clear() keeps it, so
  // that tokenizing does not allocate once it has grown and needs no thread_local.
  struct Scratch {
    std::vector<std::int32_t> code_points;
    std::string text;
  };
  Scratch scratch;

  void clear();
  std::string_view folded_token(std::size_t i) const;
  std::string_view cased_token(std::size_t i) const;
};

// tokenize() reads at most this many bytes of a text (posts are far shorter: ingest
// limits a line to 1 MiB), so every span fits its 32 bits.
inline constexpr std::size_t kMaxTokenizedBytes = std::size_t{64} << 20;

// Appends the tokens of `text` (UTF-8; invalid bytes are treated as U+FFFD and never
// become part of a token). Spans in the Tokens and Links refer to `text`. Does not
// throw; does not allocate once `out` has grown to the size of the texts it gets.
// Thread-safe for distinct `out`s.
void tokenize(std::string_view text, TokenizedText& out);

// Appends a kBoundary token (folded and cased text "\x1f"), so that phrases never match
// across two fields of a post (title and body).
void append_boundary(TokenizedText& out);

// A post's title, a boundary, then its text: the tokens the matcher sees (query::Document)
// and detection reads.
void tokenize_title_and_text(std::string_view title, std::string_view text, TokenizedText& out);

// The folded and the cased form of one piece of text, exactly as tokenize() folds a
// token's characters (used for query literals and wildcard pieces). For every token,
// fold(cased) == folded and nfkc(cased) == cased; fold() of a folded form may differ
// ("aee" -> "ae" -> "a"), so fold the cased form. Invalid UTF-8 becomes U+FFFD. These
// allocate: they are for the cold path.
std::string fold(std::string_view text);
std::string nfkc(std::string_view text);

}  // namespace rauch::text
