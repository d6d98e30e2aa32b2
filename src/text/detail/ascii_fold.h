#pragma once

// The forms of ASCII text, inline because the tokenizer needs them for almost every
// token: ASCII is already NFKC, so the cased form is the text itself and folding is
// lower-casing plus the German spellings.

#include <array>
#include <cstddef>
#include <string>
#include <string_view>

namespace rauch::text::detail {

constexpr char ascii_lower(char c) {
  return static_cast<char>(c + (static_cast<unsigned char>(c - 'A') < 26 ? 32 : 0));
}

constexpr bool is_umlaut_base(char c) { return c == 'a' || c == 'o' || c == 'u'; }

// Replaces "ae", "oe" and "ue" by "a", "o" and "u" in data[0, size), left to right and
// without overlap ("aee" -> "ae"); returns the new size. Bytes of multi-byte UTF-8
// sequences are never ASCII, so this is safe on any UTF-8 text.
std::size_t unify_german_spellings(char* data, std::size_t size);

inline void unify_german_spellings(std::string& out, std::size_t begin) {
  out.resize(begin + unify_german_spellings(out.data() + begin, out.size() - begin));
}

namespace ascii_fold_detail {
// Per ASCII byte: its lower case, and whether that is 'a', 'o' or 'u'.
struct Fold {
  char lower;
  bool umlaut_base;
};
constexpr std::array<Fold, 128> make_folds() {
  std::array<Fold, 128> folds{};
  for (int c = 0; c < 128; ++c) {
    const char lower = ascii_lower(static_cast<char>(c));
    folds[static_cast<std::size_t>(c)] = {lower, is_umlaut_base(lower)};
  }
  return folds;
}
inline constexpr std::array<Fold, 128> kFolds = make_folds();
}  // namespace ascii_fold_detail

// Writes the cased and the folded form of ASCII `text` to `cased` and `folded` (each with
// room for text.size() bytes) in one pass; returns the size of the folded form.
inline std::size_t write_ascii_forms(std::string_view text, char* cased, char* folded) {
  bool german = false;
  bool after_umlaut_base = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    const ascii_fold_detail::Fold fold =
        ascii_fold_detail::kFolds[static_cast<unsigned char>(c) & 0x7F];
    cased[i] = c;
    folded[i] = fold.lower;
    german |= after_umlaut_base & (fold.lower == 'e');
    after_umlaut_base = fold.umlaut_base;
  }
  return german ? unify_german_spellings(folded, text.size()) : text.size();
}

// Appends the folded form of ASCII `text` to `out`.
inline void append_ascii_folded(std::string_view text, std::string& out) {
  const std::size_t begin = out.size();
  out.append(text);
  char* const data = out.data() + begin;
  bool german = false;
  bool after_umlaut_base = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const ascii_fold_detail::Fold fold =
        ascii_fold_detail::kFolds[static_cast<unsigned char>(data[i]) & 0x7F];
    data[i] = fold.lower;
    german |= after_umlaut_base & (fold.lower == 'e');
    after_umlaut_base = fold.umlaut_base;
  }
  if (german)
    unify_german_spellings(out, begin);
}

}  // namespace rauch::text::detail
