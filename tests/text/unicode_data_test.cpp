// Checks over all of Unicode (utf8proc's tables), and the shortcuts of the normalizer
// against its general path and against a whole-string reference built from utf8proc_map.

#include <utf8proc.h>

#include <algorithm>
#include <cstdlib>
#include <random>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "text/detail/char_class.h"
#include "text/detail/normalize.h"
#include "text/detail/utf8.h"
#include "text/tokens.h"

namespace rauch::text {
namespace {

using detail::Form;

std::string utf8(char32_t cp) {
  std::string s;
  detail::append_utf8(cp, s);
  return s;
}

std::string form_of(std::string_view text, Form form) {
  std::vector<std::int32_t> scratch;
  std::string out;
  detail::append_form(text, form, scratch, out);
  return out;
}

std::string unicode_form_of(std::string_view text, Form form) {
  std::vector<std::int32_t> scratch;
  std::string out;
  detail::append_form_unicode(text, form, scratch, out);
  return out;
}

bool is_surrogate(char32_t cp) { return cp >= 0xD800 && cp < 0xE000; }

TEST(UnicodeData, DecompositionsFitTheBuffer) {
  std::int32_t buffer[64];
  int boundclass = 0;
  utf8proc_ssize_t longest = 0;
  for (char32_t cp = 0; cp < 0x110000; ++cp) {
    if (is_surrogate(cp))
      continue;
    const auto options =
        static_cast<utf8proc_option_t>(UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT | UTF8PROC_CASEFOLD);
    longest = std::max(longest, utf8proc_decompose_char(static_cast<std::int32_t>(cp), buffer, 64,
                                                        options, &boundclass));
  }
  EXPECT_LE(longest, 32);  // kMaxDecomposition in normalize_unicode.cpp
}

// For every character that can be part of a token: the forms are stable (so the matcher
// may fold the cased form again), and never contain a space, a control character, '#' or
// '@', and grow at most elevenfold (tokenize.cpp's output limit relies on it).
TEST(UnicodeData, FormsOfEveryTokenCharacterAreSafeAndStable) {
  int failures = 0;
  for (char32_t cp = 0x80; cp < 0x110000 && failures < 10; ++cp) {
    if (is_surrogate(cp))
      continue;
    const detail::CharClass cls = detail::classify(cp);
    const std::string s = utf8(cp);
    const std::string cased = form_of(s, Form::kCased);
    const std::string folded = form_of(s, Form::kFolded);
    const bool stable = form_of(cased, Form::kCased) == cased &&
                        form_of(cased, Form::kFolded) == folded &&
                        form_of(folded, Form::kFolded) == folded;
    EXPECT_TRUE(stable) << "U+" << std::hex << static_cast<unsigned>(cp);
    failures += stable ? 0 : 1;
    if (!detail::is_word_class(cls) && cls != detail::CharClass::kEmoji)
      continue;
    for (const std::string* form : {&cased, &folded}) {
      const bool safe = std::none_of(form->begin(), form->end(), [](char c) {
        const auto b = static_cast<unsigned char>(c);
        return b <= 0x20 || b == 0x7F || c == '#' || c == '@';
      });
      EXPECT_TRUE(safe) << "U+" << std::hex << static_cast<unsigned>(cp);
      EXPECT_LE(form->size(), 11 * s.size()) << "U+" << std::hex << static_cast<unsigned>(cp);
      failures += safe ? 0 : 1;
    }
  }
}

TEST(UnicodeData, AsciiAndLatin1ShortcutsAgreeWithTheGeneralPath) {
  std::vector<std::string> pieces;
  for (char32_t cp = 0; cp < 0x100; ++cp)
    pieces.push_back(utf8(cp));
  pieces.push_back("\u2019");
  for (const std::string& piece : pieces) {
    EXPECT_EQ(form_of(piece, Form::kFolded), unicode_form_of(piece, Form::kFolded)) << piece;
    EXPECT_EQ(form_of(piece, Form::kCased), unicode_form_of(piece, Form::kCased)) << piece;
  }
  std::mt19937 rng(1);
  for (int i = 0; i < 20000; ++i) {
    std::string text;
    const std::size_t length = rng() % 12;
    for (std::size_t k = 0; k < length; ++k) {
      // Mostly letters, to exercise the German spellings ("Ä" + "e", "ue", ...).
      const unsigned choice = rng() % 4;
      if (choice == 0) {
        text += pieces[0xC0 + rng() % 0x40];
      } else if (choice == 1) {
        text += "aeouAEOU"[rng() % 8];
      } else {
        text += pieces[rng() % pieces.size()];
      }
    }
    ASSERT_EQ(form_of(text, Form::kFolded), unicode_form_of(text, Form::kFolded)) << text;
    ASSERT_EQ(form_of(text, Form::kCased), unicode_form_of(text, Form::kCased)) << text;
  }
}

// The reference: utf8proc_map over the whole string, the way the rules are written.
std::string map(std::string_view text, int options) {
  utf8proc_uint8_t* result = nullptr;
  const utf8proc_ssize_t n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(text.data()),
                                          static_cast<utf8proc_ssize_t>(text.size()), &result,
                                          static_cast<utf8proc_option_t>(options));
  std::string out =
      n < 0 ? "<error>" : std::string(reinterpret_cast<char*>(result), static_cast<std::size_t>(n));
  std::free(result);
  return out;
}

std::string reference_folded(std::string_view text) {
  // NFKC, case fold, NFKD; drop Mn, skin tones and emoji variation selectors; compose;
  // German spellings.
  const std::string decomposed = map(map(text, UTF8PROC_COMPOSE | UTF8PROC_COMPAT),
                                     UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT | UTF8PROC_CASEFOLD);
  std::string kept;
  for (std::size_t pos = 0; pos < decomposed.size();) {
    const detail::Decoded d = detail::decode(decomposed, pos);
    pos += d.length;
    const auto cp = static_cast<std::int32_t>(d.cp);
    if (utf8proc_category(cp) == UTF8PROC_CATEGORY_MN || detail::is_skin_tone(d.cp))
      continue;
    detail::append_utf8(d.cp, kept);
  }
  std::string folded = map(kept, UTF8PROC_COMPOSE);
  detail::unify_german_spellings(folded, 0);
  return folded;
}

TEST(UnicodeData, FormsAgreeWithWholeStringReference) {
  // Characters without the special cases the reference leaves out (invisible
  // characters, U+2019, compatibility spaces, ZWJ).
  const std::vector<char32_t> alphabet = {
      'a',     'e',    'o',    'u',    'A',    'E',    'O',    'U',    's',    'S',
      'i',     'I',    '1',    0xC4,   0xE4,   0xD6,   0xDC,   0xFC,   0xDF,   0x1E9E,
      0x0300,  0x0301, 0x0308, 0x0323, 0x0327, 0x0345, 0x0391, 0x03B1, 0x1FBC, 0x1FB3,
      0x0130,  0x0131, 0x0307, 0xFB01, 0xFF21, 0xFF41, 0x2160, 0x2474, 0x00BD, 0x1100,
      0x1161,  0x11A8, 0xAC00, 0x3099, 0x304B, 0x0B47, 0x0B3E, 0x0DD9, 0x0DCF, 0x1F44D,
      0x1F3FD, 0x2122, 0x01C4, 0x2126, 0x212B, 0x0E33, 0x0F73,
  };
  std::mt19937 rng(3);
  for (int i = 0; i < 50000; ++i) {
    std::string text;
    const std::size_t length = 1 + rng() % 6;
    for (std::size_t k = 0; k < length; ++k) {
      detail::append_utf8(alphabet[rng() % alphabet.size()], text);
    }
    ASSERT_EQ(nfkc(text), map(text, UTF8PROC_COMPOSE | UTF8PROC_COMPAT)) << text;
    ASSERT_EQ(fold(text), reference_folded(text)) << text;
  }
}

}  // namespace
}  // namespace rauch::text
