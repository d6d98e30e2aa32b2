#include "query/literal.h"

#include "text/tokens.h"

namespace rauch::query {
namespace {

bool is_wildcard(char c) { return c == '*' || c == '?'; }

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

std::string folded_form(std::string_view piece, bool case_sensitive) {
  return case_sensitive ? text::nfkc(piece) : text::fold(piece);
}

// A wildcard word becomes one glob token pattern. Each piece between wildcards must be
// characters a single token can hold, or the glob could never match anything.
Result<TokenPattern> glob_pattern(std::string_view word, bool case_sensitive) {
  TokenPattern pattern;
  pattern.glob = true;
  std::size_t start = 0;
  text::TokenizedText scratch;
  while (start <= word.size()) {
    std::size_t end = start;
    while (end < word.size() && !is_wildcard(word[end]))
      ++end;
    const std::string_view piece = word.substr(start, end - start);
    if (!piece.empty()) {
      scratch.clear();
      text::tokenize(piece, scratch);
      const bool one_token = scratch.tokens.size() == 1 && scratch.tokens[0].source_begin == 0 &&
                             scratch.tokens[0].source_end == piece.size();
      const bool sigil = piece.front() == '#' || piece.front() == '@';
      if (!one_token || (start > 0 && sigil)) {
        return make_error(ErrorCode::kInvalidArgument,
                          "wildcard term '" + std::string(word) +
                              "' must be a single word; write a phrase such as \"DB Stör*\"");
      }
      pattern.text += folded_form(piece, case_sensitive);
    }
    if (end < word.size())
      pattern.text += word[end];
    start = end + 1;
  }
  pattern.matches_hashtag = word.front() != '#' && word.front() != '@';
  return pattern;
}

// The token patterns of one whitespace-free word of a term or phrase.
Result<void> append_word(std::string_view word, bool case_sensitive, Literal& literal) {
  for (char c : word) {
    if (is_wildcard(c)) {
      auto glob = glob_pattern(word, case_sensitive);
      if (!glob)
        return tl::unexpected(glob.error());
      literal.tokens.push_back(std::move(*glob));
      return {};
    }
  }
  text::TokenizedText tokens;
  text::tokenize(word, tokens);
  for (std::size_t i = 0; i < tokens.tokens.size(); ++i) {
    const text::TokenKind kind = tokens.tokens[i].kind;
    TokenPattern pattern;
    pattern.text = std::string(case_sensitive ? tokens.cased_token(i) : tokens.folded_token(i));
    pattern.matches_hashtag =
        kind != text::TokenKind::kHashtag && kind != text::TokenKind::kMention;
    literal.tokens.push_back(std::move(pattern));
  }
  return {};
}

void append_escaped(std::string_view text, std::string& out) {
  for (char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    const bool plain = byte >= 0x80 || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                       (c >= '0' && c <= '9') || c == '_';
    if (plain) {
      out += c;
    } else {
      static constexpr char kHex[] = "0123456789abcdef";
      out += "\\x";
      out += kHex[byte >> 4];
      out += kHex[byte & 0xf];
    }
  }
}

}  // namespace

Result<Literal> literal_of(const Node& leaf) {
  if (leaf.kind != NodeKind::kTerm && leaf.kind != NodeKind::kPhrase) {
    return make_error(ErrorCode::kInvalidArgument, "not a term or phrase");
  }
  Literal literal;
  literal.case_sensitive = leaf.case_sensitive;
  std::string_view rest = leaf.text;
  while (!rest.empty()) {
    std::size_t begin = 0;
    while (begin < rest.size() && is_space(rest[begin]))
      ++begin;
    std::size_t end = begin;
    while (end < rest.size() && !is_space(rest[end]))
      ++end;
    if (end > begin) {
      auto appended = append_word(rest.substr(begin, end - begin), leaf.case_sensitive, literal);
      if (!appended)
        return tl::unexpected(appended.error());
    }
    rest.remove_prefix(end);
  }
  return literal;
}

namespace {

void append_token(const TokenPattern& token, Expression& expression) {
  if (!token.glob) {
    append_escaped(token.text, expression.pattern);
    return;
  }
  std::size_t start = 0;
  while (start <= token.text.size()) {
    std::size_t end = token.text.find_first_of("*?", start);
    if (end == std::string::npos)
      end = token.text.size();
    append_escaped(std::string_view(token.text).substr(start, end - start), expression.pattern);
    if (end < token.text.size()) {
      expression.pattern += token.text[end] == '*' ? "[^\\x20]*" : "[^\\x20]";
      expression.utf8 = expression.utf8 || token.text[end] == '?';
    }
    start = end + 1;
  }
}

// Expanding "#?" into separate literals pays while the number of variants stays small.
constexpr std::size_t kMaxVariants = 8;

// The expression for the literal where token i is written with a '#' when bit i of
// `hashtags` is set, and with "#?" (a regex) for the tokens in `optional`.
Expression expression_for(const Literal& literal, std::uint32_t hashtags, std::uint32_t optional) {
  Expression expression;
  for (std::size_t i = 0; i < literal.tokens.size(); ++i) {
    const TokenPattern& token = literal.tokens[i];
    const std::uint32_t bit = 1u << std::min<std::size_t>(i, 31);
    if (i == 0) {
      // '#' only ever starts a token, so a leading "#" needs no space before it.
      expression.pattern += (hashtags & bit) != 0 ? "\\x23" : "\\x20";
    } else if ((optional & bit) != 0) {
      expression.pattern += "\\x23?";
    } else if ((hashtags & bit) != 0) {
      expression.pattern += "\\x23";
    }
    // A literal that ends in '*' ends wherever its last token does: "[^ ]* " would add
    // nothing but regex work, so the expression stops before it (" verspat" is a pure
    // literal) and the matcher finds the token from where the match ends.
    if (i + 1 == literal.tokens.size() && token.glob && token.text.ends_with('*')) {
      TokenPattern prefix = token;
      while (prefix.text.ends_with('*'))
        prefix.text.pop_back();
      prefix.glob = prefix.text.find_first_of("*?") != std::string::npos;
      append_token(prefix, expression);
      return expression;
    }
    append_token(token, expression);
    expression.pattern += "\\x20";
  }
  return expression;
}

}  // namespace

std::vector<Expression> hyperscan_expressions(const Literal& literal) {
  std::vector<Expression> expressions;
  if (literal.tokens.empty())
    return expressions;
  // Tokens that may also be hashtags: each doubles the variants, as long as that stays
  // small; the rest get "#?" in one regex.
  std::uint32_t expand = 0, optional = 0;
  std::size_t variants = 1;
  for (std::size_t i = 0; i < literal.tokens.size() && i < 32; ++i) {
    if (!literal.tokens[i].matches_hashtag)
      continue;
    if (variants * 2 <= kMaxVariants || i == 0) {
      expand |= 1u << i;
      variants *= 2;
    } else {
      optional |= 1u << i;
    }
  }
  // Every subset of the expanded tokens, the full set first.
  for (std::uint32_t hashtags = expand;; hashtags = (hashtags - 1) & expand) {
    expressions.push_back(expression_for(literal, hashtags, optional));
    if (hashtags == 0)
      break;
  }
  return expressions;
}

}  // namespace rauch::query
