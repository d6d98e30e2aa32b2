// The general path of append_form(): decompose each code point with utf8proc (NFKD, with
// case folding for the folded form), drop what the form drops, restore canonical order,
// compose. Doing the steps per code point, instead of calling utf8proc_map() on the
// whole text, lets us decide per input character what to drop and never allocates.

#include <utf8proc.h>

#include <algorithm>

#include "text/detail/char_class.h"
#include "text/detail/normalize.h"
#include "text/detail/utf8.h"

namespace rauch::text::detail {
namespace {

// The longest full decomposition with case folding is 18 code points (U+FDFA); the
// tests check every code point against this bound.
constexpr utf8proc_ssize_t kMaxDecomposition = 32;

int combining_class(std::int32_t cp) { return utf8proc_get_property(cp)->combining_class; }

bool is_space_or_control(std::int32_t cp) {
  switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_ZS:
    case UTF8PROC_CATEGORY_ZL:
    case UTF8PROC_CATEGORY_ZP:
    case UTF8PROC_CATEGORY_CC:
      return true;
    default:
      return false;
  }
}

// Appends the decomposition of `cp` minus what `form` drops from it.
void append_decomposition(char32_t cp, Form form, std::vector<std::int32_t>& scratch) {
  const bool folded = form == Form::kFolded;
  const auto options = static_cast<utf8proc_option_t>(UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT |
                                                      (folded ? UTF8PROC_CASEFOLD : 0));
  std::int32_t buffer[kMaxDecomposition];
  int unused_boundclass = 0;
  const utf8proc_ssize_t n = utf8proc_decompose_char(
      static_cast<std::int32_t>(cp), buffer, kMaxDecomposition, options, &unused_boundclass);
  if (n < 0 || n > kMaxDecomposition)
    return;  // Unreachable with Unicode 15 data.
  const bool keep_spaces = is_space_or_control(static_cast<std::int32_t>(cp));
  for (utf8proc_ssize_t i = 0; i < n; ++i) {
    const std::int32_t part = buffer[i];
    if (folded && utf8proc_category(part) == UTF8PROC_CATEGORY_MN)
      continue;
    if (!keep_spaces && is_space_or_control(part))
      continue;
    scratch.push_back(part);
  }
}

// Canonical ordering (Unicode 3.11): a stable sort of each run of non-starters by
// combining class. Needed because we decompose character by character and drop some.
void canonical_order(std::vector<std::int32_t>& cps) {
  for (std::size_t i = 1; i < cps.size(); ++i) {
    const int ccc = combining_class(cps[i]);
    if (ccc == 0)
      continue;
    for (std::size_t j = i; j > 0 && combining_class(cps[j - 1]) > ccc; --j) {
      std::swap(cps[j - 1], cps[j]);
    }
  }
}

}  // namespace

void append_form_unicode(std::string_view text, Form form, std::vector<std::int32_t>& scratch,
                         std::string& out) {
  const bool folded = form == Form::kFolded;
  scratch.clear();
  // Whether the last kept character belongs to an emoji sequence: only there do ZWJ and
  // tag characters survive ("👨‍👩‍👧" stays one picture, "Ba\u200Dhn" becomes "Bahn").
  bool emoji_context = false;
  for (std::size_t pos = 0; pos < text.size();) {
    const Decoded decoded = decode(text, pos);
    pos += decoded.length;
    char32_t cp = decoded.cp == 0x2019 ? U'\'' : decoded.cp;
    if (is_ignorable(cp)) {
      if (emoji_context && (cp == kZeroWidthJoiner || is_emoji_tag(cp))) {
        scratch.push_back(static_cast<std::int32_t>(cp));
      }
      continue;
    }
    const std::size_t before = scratch.size();
    if (!(folded && (is_skin_tone(cp) || is_emoji_variation_selector(cp)))) {
      append_decomposition(cp, form, scratch);
    }
    // Judged on what is kept, so that normalizing again decides alike: "‼" becomes
    // "!!", after which a ZWJ is no longer part of an emoji.
    const char32_t judged = scratch.size() > before ? static_cast<char32_t>(scratch.back()) : cp;
    emoji_context =
        is_emoji_component(judged) || (emoji_context && classify(judged) == CharClass::kMark);
  }
  canonical_order(scratch);
  const utf8proc_ssize_t composed = utf8proc_normalize_utf32(
      scratch.data(), static_cast<utf8proc_ssize_t>(scratch.size()), UTF8PROC_COMPOSE);
  const std::size_t begin = out.size();
  for (utf8proc_ssize_t i = 0; i < composed; ++i) {
    append_utf8(static_cast<char32_t>(scratch[static_cast<std::size_t>(i)]), out);
  }
  if (folded)
    unify_german_spellings(out, begin);
}

}  // namespace rauch::text::detail
