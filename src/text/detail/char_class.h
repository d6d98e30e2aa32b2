#pragma once

// What role a code point plays in tokenization (docs/text-normalization.md).

#include <array>
#include <cstdint>

namespace rauch::text::detail {

enum class CharClass : std::uint8_t {
  kSpace,       // White space and control characters: separate tokens.
  kOther,       // Punctuation, symbols, unassigned, invalid bytes: separate tokens.
  kLetter,      // L*
  kDigit,       // N*
  kMark,        // M*, including variation selectors
  kConnector,   // '_' and the other connector punctuation (Pc), which NFKC maps to '_'
  kApostrophe,  // ' and U+2019: inside a word only between two letters
  kIgnorable,   // Invisible characters (zero-width, bidi controls, soft hyphen): dropped,
                // and they do not split a word, so they cannot hide a word from a query.
  kEmoji,       // Extended_Pictographic or a regional indicator: starts an emoji cluster.
  kHash,        // '#' and its full-width and small forms
  kAt,          // '@' and its full-width and small forms
};

constexpr bool is_word_class(CharClass c) {
  return c == CharClass::kLetter || c == CharClass::kDigit || c == CharClass::kMark ||
         c == CharClass::kConnector;
}

namespace ascii_detail {
constexpr std::array<CharClass, 128> make_ascii_classes() {
  std::array<CharClass, 128> classes{};
  for (int c = 0; c < 128; ++c) {
    CharClass k = CharClass::kOther;
    if (c <= 0x20 || c == 0x7F) {
      k = CharClass::kSpace;
    } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
      k = CharClass::kLetter;
    } else if (c >= '0' && c <= '9') {
      k = CharClass::kDigit;
    } else if (c == '_') {
      k = CharClass::kConnector;
    } else if (c == '\'') {
      k = CharClass::kApostrophe;
    } else if (c == '#') {
      k = CharClass::kHash;
    } else if (c == '@') {
      k = CharClass::kAt;
    }
    classes[static_cast<std::size_t>(c)] = k;
  }
  return classes;
}
inline constexpr std::array<CharClass, 128> kAsciiClasses = make_ascii_classes();
}  // namespace ascii_detail

// The class of a code point below 0x80.
constexpr CharClass classify_ascii(unsigned char c) { return ascii_detail::kAsciiClasses[c]; }

// The class of any valid code point.
CharClass classify(char32_t cp);

// Invisible characters that tokens drop: Unicode's Default_Ignorable_Code_Point except
// the variation selectors (marks that emoji need). ZWJ is among them; emoji clusters keep it.
bool is_ignorable(char32_t cp);

// U+1F3FB..U+1F3FF, the Fitzpatrick skin tone modifiers.
inline bool is_skin_tone(char32_t cp) { return cp >= 0x1F3FB && cp <= 0x1F3FF; }

inline bool is_emoji_variation_selector(char32_t cp) { return cp == 0xFE0E || cp == 0xFE0F; }

inline constexpr char32_t kZeroWidthJoiner = 0x200D;
inline constexpr char32_t kCombiningKeycap = 0x20E3;

// Tag characters U+E0020..U+E007F spell subdivision flags (England, Scotland, Wales).
inline bool is_emoji_tag(char32_t cp) { return cp >= 0xE0020 && cp <= 0xE007F; }

// A code point after which a ZWJ or tag character belongs to an emoji sequence.
bool is_emoji_component(char32_t cp);

}  // namespace rauch::text::detail
