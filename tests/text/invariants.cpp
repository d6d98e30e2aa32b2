#include "invariants.h"

#include <utf8proc.h>

#include <vector>

namespace rauch::text::testing {
namespace {

TokenizedText tokenized(std::string_view text) {
  TokenizedText out;
  tokenize(text, out);
  return out;
}

const char* kind_name(TokenKind kind) {
  switch (kind) {
    case TokenKind::kWord:
      return "word";
    case TokenKind::kNumber:
      return "number";
    case TokenKind::kHashtag:
      return "hashtag";
    case TokenKind::kMention:
      return "mention";
    case TokenKind::kEmoji:
      return "emoji";
    case TokenKind::kEmoticon:
      return "emoticon";
    case TokenKind::kBoundary:
      return "boundary";
  }
  return "?";
}

bool valid_utf8(std::string_view s) {
  utf8proc_int32_t cp = 0;
  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(s.data());
  for (std::size_t i = 0; i < s.size();) {
    const utf8proc_ssize_t n =
        utf8proc_iterate(p + i, static_cast<utf8proc_ssize_t>(s.size() - i), &cp);
    if (n <= 0)
      return false;
    i += static_cast<std::size_t>(n);
  }
  return true;
}

// Checks one of the two forms; `begin`/`end` pick its span out of a Token.
std::string check_form(const TokenizedText& t, const std::string& s, const char* name,
                       std::uint32_t Token::*begin, std::uint32_t Token::*end) {
  const std::string where = std::string(name) + ": ";
  if (!valid_utf8(s))
    return where + "invalid UTF-8";
  if (s.empty() || s.front() != ' ' || s.back() != ' ')
    return where + "not framed by spaces";
  std::size_t expected = 1;  // Where the next token must start.
  for (std::size_t i = 0; i < t.tokens.size(); ++i) {
    const Token& token = t.tokens[i];
    const std::uint32_t b = token.*begin;
    const std::uint32_t e = token.*end;
    const std::string at = where + "token " + std::to_string(i) + ": ";
    if (b != expected || e <= b || e >= s.size())
      return at + "bad span";
    if (s[b - 1] != ' ' || s[e] != ' ')
      return at + "not between spaces";
    const std::string_view text = std::string_view(s).substr(b, e - b);
    if (token.kind == TokenKind::kBoundary) {
      if (text != "\x1f")
        return at + "boundary is not U+001F";
    } else {
      for (std::size_t k = 0; k < text.size(); ++k) {
        const auto c = static_cast<unsigned char>(text[k]);
        if (c <= 0x20 || c == 0x7F)
          return at + "space or control character";
        const bool sigil = token.kind == TokenKind::kHashtag   ? c == '#'
                           : token.kind == TokenKind::kMention ? c == '@'
                                                               : false;
        if ((c == '#' || c == '@') && !(k == 0 && sigil))
          return at + "stray # or @";
        if (k == 0 && (token.kind == TokenKind::kHashtag || token.kind == TokenKind::kMention) &&
            !sigil) {
          return at + "hashtag or mention without its sigil";
        }
      }
      if (!valid_utf8(text))
        return at + "invalid UTF-8";
      const std::string refolded = name[0] == 'f' ? fold(text) : nfkc(text);
      if (name[0] == 'c' && refolded != text)
        return at + "nfkc(cased) != cased";
    }
    expected = e + 1;
  }
  if (expected != s.size())
    return where + "text after the last token";
  return {};
}

}  // namespace

std::string folded_of(std::string_view text) { return tokenized(text).folded; }

std::string cased_of(std::string_view text) { return tokenized(text).cased; }

std::string kinds_of(std::string_view text) {
  std::string out;
  for (const Token& token : tokenized(text).tokens) {
    if (!out.empty())
      out += ' ';
    out += kind_name(token.kind);
  }
  return out;
}

std::string links_of(std::string_view text) {
  std::string out;
  for (const Link& link : tokenized(text).links) {
    if (!out.empty())
      out += " | ";
    out += text.substr(link.source_begin, link.source_end - link.source_begin);
  }
  return out;
}

std::string check_invariants(const TokenizedText& t, const std::vector<std::string_view>& sources) {
  if (std::string e = check_form(t, t.folded, "folded", &Token::folded_begin, &Token::folded_end);
      !e.empty()) {
    return e;
  }
  if (std::string e = check_form(t, t.cased, "cased", &Token::cased_begin, &Token::cased_end);
      !e.empty()) {
    return e;
  }
  std::size_t field = 0;
  std::uint32_t previous_end = 0;
  for (std::size_t i = 0; i < t.tokens.size(); ++i) {
    const Token& token = t.tokens[i];
    const std::string at = "token " + std::to_string(i) + ": ";
    if (token.kind == TokenKind::kBoundary) {
      ++field;
      previous_end = 0;
      continue;
    }
    if (field >= sources.size())
      return at + "more fields than sources";
    const std::string_view source = sources[field];
    if (token.source_begin < previous_end || token.source_end <= token.source_begin ||
        token.source_end > source.size()) {
      return at + "bad source span";
    }
    previous_end = token.source_end;
    const std::string_view text =
        source.substr(token.source_begin, token.source_end - token.source_begin);
    // The matcher folds query words with fold(): it must agree with the tokenizer, on the
    // source text and on the cased form.
    if (fold(text) != t.folded_token(i))
      return at + "fold(source) != folded";
    if (fold(t.cased_token(i)) != t.folded_token(i))
      return at + "fold(cased) != folded";
    if (nfkc(text) != t.cased_token(i))
      return at + "nfkc(source) != cased";
  }
  if (field + 1 != sources.size() && !(sources.empty() && field == 0)) {
    return "boundary count does not match";
  }
  if (t.fields != field)
    return "fields != number of boundaries";
  for (const Link& link : t.links) {
    if (link.field >= sources.size())
      return "link in a missing field";
    if (link.source_end <= link.source_begin || link.source_end > sources[link.field].size()) {
      return "bad link span";
    }
  }
  return {};
}

}  // namespace rauch::text::testing
