#include "text/intent/post_shape.h"

#include <algorithm>

namespace rauch::text {
namespace {

// Capitals are judged on the cased (NFKC) form; ASCII covers shouting in German and
// English well enough (umlauts in capitals are rare and do not change the count much).
bool is_caps_word(std::string_view cased) {
  std::size_t upper = 0;
  for (const char c : cased) {
    if (c >= 'a' && c <= 'z') return false;
    if (c >= 'A' && c <= 'Z') ++upper;
  }
  return upper >= 3;
}

}  // namespace

PostShape post_shape(std::string_view text, const TokenizedText& tokens) {
  PostShape shape;
  // Branch-free, so the compiler vectorizes the scan.
  for (const char c : text) {
    shape.question_marks += static_cast<std::uint32_t>(c == '?');
    shape.exclamation_marks += static_cast<std::uint32_t>(c == '!');
  }
  // "?" inside a link is a query string, not a question.
  for (const Link& link : tokens.links) {
    const std::size_t end = std::min<std::size_t>(link.source_end, text.size());
    for (std::size_t i = link.source_begin; i < end; ++i) {
      shape.question_marks -= text[i] == '?' ? 1U : 0U;
    }
  }
  shape.links = static_cast<std::uint32_t>(tokens.links.size());
  for (std::size_t i = 0; i < tokens.tokens.size(); ++i) {
    switch (tokens.tokens[i].kind) {
      case TokenKind::kWord:
        ++shape.words;
        shape.caps_words += is_caps_word(tokens.cased_token(i)) ? 1U : 0U;
        break;
      case TokenKind::kHashtag: ++shape.hashtags; break;
      case TokenKind::kMention: ++shape.mentions; break;
      default: break;
    }
  }
  return shape;
}

bool starts_clause(std::string_view text, const TokenizedText& tokens, std::size_t i) {
  if (i == 0) return true;
  const Token& prev = tokens.tokens[i - 1];
  if (prev.kind == TokenKind::kBoundary || prev.kind == TokenKind::kMention) return true;
  const std::size_t begin = std::min<std::size_t>(prev.source_end, text.size());
  const std::size_t end = std::min<std::size_t>(tokens.tokens[i].source_begin, text.size());
  for (std::size_t b = begin; b < end; ++b) {
    switch (text[b]) {
      case '.': case '!': case '?': case ':': case ';': case '\n': return true;
      default: break;
    }
  }
  return false;
}

}  // namespace rauch::text
