#pragma once

// The character transformation of a token (docs/text-normalization.md), shared by
// tokenize() and by fold()/nfkc(), so that a query word and a post word that look alike
// to a reader end up as the same bytes.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "text/detail/ascii_fold.h"

namespace rauch::text::detail {

enum class Form : std::uint8_t {
  kCased,   // NFKC, invisible characters dropped, U+2019 -> '
  kFolded,  // kCased + case folding, marks (Mn) dropped, skin tones and emoji variation
            // selectors dropped, then "ae"/"oe"/"ue" -> "a"/"o"/"u"
};

// Appends `form` of `text` to `out`. Invalid UTF-8 becomes U+FFFD. White space and control
// characters of the input are kept, but the ones NFKC would produce from other characters
// (U+037A -> " \u0345") are not, so a token can never gain a space. `scratch` is working
// memory; once it has grown, no call allocates except to grow `out`. ASCII text, and
// ASCII with Latin-1 letters, take shortcuts that give the same bytes.
void append_form(std::string_view text, Form form, std::vector<std::int32_t>& scratch,
                 std::string& out);

// Which shortcut append_form() takes for a text.
enum class Shortcut : std::uint8_t {
  kAscii,   // ASCII only
  kLatin1,  // ASCII, U+00C0..U+00FF except U+00D7 and U+00F7, and U+2019
  kNone,
};
Shortcut shortcut_for(std::string_view text);

// The forms of a kLatin1 text, written to buffers with room for text.size() bytes each.
// Returns the size of the cased form and sets `folded_size`.
std::size_t write_latin1_forms(std::string_view text, char* cased, char* folded,
                               std::size_t& folded_size);

// append_form() without the shortcuts, so tests can check that they agree.
void append_form_unicode(std::string_view text, Form form, std::vector<std::int32_t>& scratch,
                         std::string& out);

}  // namespace rauch::text::detail
