// Seeded random texts: every guarantee of tokens.h must hold for any input, valid UTF-8
// or not.

#include <random>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "invariants.h"
#include "text/tokens.h"

namespace rauch::text {
namespace {

void append_utf8(char32_t cp, std::string& out) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

// Bytes biased towards what the tokenizer treats specially.
std::string random_bytes(std::mt19937& rng) {
  static constexpr std::string_view kSpecial = " #@'.,:-_/()<3xDo^;\t\n\x1f";
  std::string text;
  const std::size_t length = rng() % 80;
  for (std::size_t i = 0; i < length; ++i) {
    const unsigned choice = rng() % 4;
    if (choice == 0) {
      text += kSpecial[rng() % kSpecial.size()];
    } else if (choice == 1) {
      text += static_cast<char>('a' + rng() % 26);
    } else {
      text += static_cast<char>(rng() % 256);
    }
  }
  return text;
}

// Valid UTF-8 from characters with special roles, and from anywhere in Unicode.
std::string random_unicode(std::mt19937& rng) {
  static const std::vector<char32_t> kInteresting = {
      'a',     'e',     'o',     'u',     'A',    'E',     'x',     'D',     'h',     't',
      'p',     's',     'w',     '1',     '3',    '#',     '@',     '\'',    '.',     ',',
      ':',     ';',     ')',     '(',     '<',    '-',     '_',     '/',     ' ',     '^',
      '*',     '\n',    0x1F,    0xE4,    0xC4,   0xF6,    0xFC,    0xDF,    0x1E9E,  0x2019,
      0x200B,  0x200C,  0x200D,  0x00AD,  0x2060, 0xFEFF,  0x202E,  0x2066,  0x0301,  0x0308,
      0x0345,  0x037A,  0xFE0F,  0xFE0E,  0x20E3, 0x1F3FD, 0x1F44D, 0x1F468, 0x1F469, 0x1F1E9,
      0x1F1EA, 0x1F3F4, 0xE0067, 0xE007F, 0x2122, 0x00A9,  0x203C,  0xFF03,  0xFF20,  0xFE5F,
      0xFF21,  0xFB01,  0xFDFA,  0x00BD,  0x2474, 0x3164,  0x1160,  0xAC00,  0x1100,  0x1161,
      0x0130,  0x00A0,  0x3000,  0x2028,  0x0085, 0x00BB,  0x2026,  0xFF3F,  0x203F,
  };
  std::string text;
  const std::size_t length = rng() % 40;
  for (std::size_t i = 0; i < length; ++i) {
    char32_t cp = 0;
    if (rng() % 3 != 0) {
      cp = kInteresting[rng() % kInteresting.size()];
    } else {
      do {
        cp = static_cast<char32_t>(rng() % 0x110000);
      } while (cp >= 0xD800 && cp < 0xE000);
    }
    append_utf8(cp, text);
  }
  return text;
}

// A query word is tokenized on its own: each token of a text, tokenized alone, must give
// back the same token. Only the kind of "xD" may differ: an emoticon alone, a word in
// "xD/" (the matcher compares the text of tokens, and their kind only for # and @).
bool same_kind(TokenKind a, TokenKind b) {
  const auto word_like = [](TokenKind k) {
    return k == TokenKind::kWord || k == TokenKind::kEmoticon;
  };
  return a == b || (word_like(a) && word_like(b));
}

std::string check_tokens_retokenize(const TokenizedText& out, std::string_view text) {
  for (std::size_t i = 0; i < out.tokens.size(); ++i) {
    const Token& token = out.tokens[i];
    const std::string_view source =
        text.substr(token.source_begin, token.source_end - token.source_begin);
    TokenizedText alone;
    tokenize(source, alone);
    if (alone.tokens.size() != 1 || !same_kind(alone.tokens[0].kind, token.kind) ||
        alone.folded_token(0) != out.folded_token(i) ||
        alone.cased_token(0) != out.cased_token(i)) {
      return "token " + std::to_string(i) + " tokenizes differently alone: " + std::string(source);
    }
  }
  return {};
}

template <typename Generate>
void check_random_texts(Generate generate, std::uint32_t seed, int count) {
  std::mt19937 rng(seed);
  TokenizedText reused;
  for (int i = 0; i < count; ++i) {
    const std::string text = generate(rng);
    TokenizedText out;
    tokenize(text, out);
    ASSERT_EQ(testing::check_invariants(out, {text}), "") << "text #" << i << ": " << text;
    ASSERT_EQ(check_tokens_retokenize(out, text), "") << "text #" << i << ": " << text;
    // A reused output gives the same result.
    reused.clear();
    tokenize(text, reused);
    ASSERT_EQ(reused.folded, out.folded);
    ASSERT_EQ(reused.cased, out.cased);
  }
}

TEST(TokenizeProperty, RandomBytesKeepTheGuarantees) {
  check_random_texts(random_bytes, 20261124, 20000);
}

TEST(TokenizeProperty, RandomUnicodeKeepsTheGuarantees) {
  check_random_texts(random_unicode, 4711, 20000);
}

TEST(TokenizeProperty, FieldsWithBoundariesKeepTheGuarantees) {
  std::mt19937 rng(99);
  TokenizedText out;
  for (int i = 0; i < 2000; ++i) {
    const std::string title = random_unicode(rng);
    const std::string body = random_bytes(rng);
    const std::string extra = random_unicode(rng);
    out.clear();
    tokenize(title, out);
    append_boundary(out);
    tokenize(body, out);
    append_boundary(out);
    tokenize(extra, out);
    ASSERT_EQ(testing::check_invariants(out, {title, body, extra}), "") << "round " << i;
  }
}

TEST(TokenizeProperty, LongTextsOfManyTokens) {
  std::mt19937 rng(7);
  std::string text;
  while (text.size() < 200'000)
    text += random_unicode(rng) + " ";
  TokenizedText out;
  tokenize(text, out);
  EXPECT_EQ(testing::check_invariants(out, {text}), "");
  EXPECT_GT(out.tokens.size(), 10'000u);
}

}  // namespace
}  // namespace rauch::text
