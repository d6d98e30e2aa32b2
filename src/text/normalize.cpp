// append_form() with shortcuts for the text most posts consist of. ASCII is already in
// NFKC, so its forms need only lower-casing and the German spellings; the Latin-1 letters
// U+00C0..U+00FF (German umlauts, ß, French and Spanish accents) are NFKC too and fold
// through a table. The tests compare both shortcuts with append_form_unicode().

#include "text/detail/normalize.h"

#include <array>
#include <string_view>

namespace rauch::text::detail {
namespace {

// UTF-8 of U+00C0..U+00FF is 0xC3 0x80..0xBF; U+00D7 '×' and U+00F7 '÷' are not letters.
bool is_latin1_letter_tail(unsigned char second) {
  return second >= 0x80 && second <= 0xBF && second != 0x97 && second != 0xB7;
}

bool is_right_single_quote(std::string_view text, std::size_t i) {
  return i + 2 < text.size() && static_cast<unsigned char>(text[i]) == 0xE2 &&
         static_cast<unsigned char>(text[i + 1]) == 0x80 &&
         static_cast<unsigned char>(text[i + 2]) == 0x99;
}

// Folded forms of U+00C0..U+00FF, from utf8proc (checked by the tests). Æ, Ø, Ð and Þ
// have no decomposition, so they keep their letter; ß folds to "ss".
constexpr std::array<std::string_view, 64> kLatin1Folded = {
    "a",      "a", "a", "a", "a", "a", "\u00E6", "c",   // À Á Â Ã Ä Å Æ Ç
    "e",      "e", "e", "e", "i", "i", "i",      "i",   // È É Ê Ë Ì Í Î Ï
    "\u00F0", "n", "o", "o", "o", "o", "o",      "",    // Ð Ñ Ò Ó Ô Õ Ö ×
    "\u00F8", "u", "u", "u", "u", "y", "\u00FE", "ss",  // Ø Ù Ú Û Ü Ý Þ ß
    "a",      "a", "a", "a", "a", "a", "\u00E6", "c",   // à á â ã ä å æ ç
    "e",      "e", "e", "e", "i", "i", "i",      "i",   // è é ê ë ì í î ï
    "\u00F0", "n", "o", "o", "o", "o", "o",      "",    // ð ñ ò ó ô õ ö ÷
    "\u00F8", "u", "u", "u", "u", "y", "\u00FE", "y",   // ø ù ú û ü ý þ ÿ
};

// Text that shortcut_for() called kLatin1, with room for text.size() bytes in `out`.
std::size_t write_latin1_form(std::string_view text, Form form, char* out) {
  std::size_t size = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (static_cast<unsigned char>(c) < 0x80) {
      out[size++] = form == Form::kFolded ? ascii_lower(c) : c;
    } else if (static_cast<unsigned char>(c) == 0xC3) {
      // Two bytes become at most two ("ß" -> "ss").
      const std::string_view folded =
          kLatin1Folded[static_cast<unsigned char>(text[i + 1]) - 0x80u];
      const std::string_view form_of_char = form == Form::kFolded ? folded : text.substr(i, 2);
      for (char f : form_of_char)
        out[size++] = f;
      i += 1;
    } else {  // U+2019, the typographic apostrophe
      out[size++] = '\'';
      i += 2;
    }
  }
  return form == Form::kFolded ? unify_german_spellings(out, size) : size;
}

}  // namespace

Shortcut shortcut_for(std::string_view text) {
  Shortcut shortcut = Shortcut::kAscii;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte < 0x80)
      continue;
    shortcut = Shortcut::kLatin1;
    if (byte == 0xC3 && i + 1 < text.size() &&
        is_latin1_letter_tail(static_cast<unsigned char>(text[i + 1]))) {
      i += 1;
    } else if (is_right_single_quote(text, i)) {
      i += 2;
    } else {
      return Shortcut::kNone;
    }
  }
  return shortcut;
}

std::size_t write_latin1_forms(std::string_view text, char* cased, char* folded,
                               std::size_t& folded_size) {
  folded_size = write_latin1_form(text, Form::kFolded, folded);
  return write_latin1_form(text, Form::kCased, cased);
}

std::size_t unify_german_spellings(char* data, std::size_t size) {
  std::size_t write = 0;
  for (std::size_t read = 0; read < size; ++read) {
    const char c = data[read];
    data[write++] = c;
    if (is_umlaut_base(c) && read + 1 < size && data[read + 1] == 'e')
      ++read;
  }
  return write;
}

void append_form(std::string_view text, Form form, std::vector<std::int32_t>& scratch,
                 std::string& out) {
  switch (shortcut_for(text)) {
    case Shortcut::kAscii:
      if (form == Form::kFolded) {
        append_ascii_folded(text, out);
      } else {
        out.append(text);
      }
      return;
    case Shortcut::kLatin1: {
      const std::size_t begin = out.size();
      out.resize(begin + text.size());
      out.resize(begin + write_latin1_form(text, form, out.data() + begin));
      return;
    }
    case Shortcut::kNone:
      append_form_unicode(text, form, scratch, out);
      return;
  }
}

}  // namespace rauch::text::detail
