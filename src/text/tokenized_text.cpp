#include "core/assert.h"
#include "text/tokens.h"

namespace rauch::text {

void TokenizedText::clear() {
  folded.assign(1, ' ');
  cased.assign(1, ' ');
  tokens.clear();
  links.clear();
  fields = 0;
}

std::string_view TokenizedText::folded_token(std::size_t i) const {
  RAUCH_ASSERT(i < tokens.size(), "token index out of range");
  return std::string_view(folded).substr(tokens[i].folded_begin,
                                         tokens[i].folded_end - tokens[i].folded_begin);
}

std::string_view TokenizedText::cased_token(std::size_t i) const {
  RAUCH_ASSERT(i < tokens.size(), "token index out of range");
  return std::string_view(cased).substr(tokens[i].cased_begin,
                                        tokens[i].cased_end - tokens[i].cased_begin);
}

void tokenize_title_and_text(std::string_view title, std::string_view text, TokenizedText& out) {
  tokenize(title, out);
  append_boundary(out);
  tokenize(text, out);
}

void append_boundary(TokenizedText& out) {
  Token token;
  token.kind = TokenKind::kBoundary;
  token.folded_begin = static_cast<std::uint32_t>(out.folded.size());
  token.cased_begin = static_cast<std::uint32_t>(out.cased.size());
  out.folded += '\x1f';
  out.cased += '\x1f';
  token.folded_end = static_cast<std::uint32_t>(out.folded.size());
  token.cased_end = static_cast<std::uint32_t>(out.cased.size());
  out.folded += ' ';
  out.cased += ' ';
  out.tokens.push_back(token);
  ++out.fields;
}

}  // namespace rauch::text
