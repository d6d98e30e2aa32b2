// IBANs (ISO 13616). Written with or without the four-character groups; only candidates
// that pass the mod-97 check are reported, so a random "DE12 3456 ..." in a post is not
// masked and a typo'd IBAN is not claimed to be one.

#include <array>
#include <cstdint>
#include <utility>

#include "text/pii/detail/finders.h"

namespace rauch::text {
namespace {

constexpr std::size_t kMinIban = 15;  // Norway.
constexpr std::size_t kMaxIban = 34;

// Lengths of the countries a German/English brand's customers mostly post; other
// countries are accepted at any length in kMinIban..kMaxIban that passes the check.
constexpr std::array<std::pair<std::string_view, std::size_t>, 16> kIbanLengths{{
    {"AT", 20}, {"BE", 16}, {"CH", 21}, {"DE", 22}, {"DK", 18}, {"ES", 24}, {"FR", 27}, {"GB", 22},
    {"IE", 22}, {"IT", 27}, {"LI", 21}, {"LU", 20}, {"NL", 18}, {"NO", 15}, {"PL", 28}, {"SE", 24},
}};

std::size_t known_length(char a, char b) {
  for (const auto& [country, length] : kIbanLengths) {
    if (country[0] == a && country[1] == b)
      return length;
  }
  return 0;
}

bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
char ascii_upper(char c) { return (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c; }

// mod-97 of the rearranged IBAN (first four characters moved to the end, letters as
// 10..35), computed digit by digit so no big integer is needed. `compact` is upper case
// alphanumeric.
bool mod97_ok(std::string_view compact) {
  std::uint32_t rest = 0;
  auto feed = [&rest](char c) {
    if (is_upper(c)) {
      const auto value = static_cast<std::uint32_t>(c - 'A' + 10);
      rest = (rest * 100 + value) % 97;
    } else {
      rest = (rest * 10 + static_cast<std::uint32_t>(c - '0')) % 97;
    }
  };
  for (char c : compact.substr(4))
    feed(c);
  for (char c : compact.substr(0, 4))
    feed(c);
  return rest == 1;
}

bool shape_ok(std::string_view compact) {
  if (compact.size() < kMinIban || compact.size() > kMaxIban)
    return false;
  if (!is_upper(compact[0]) || !is_upper(compact[1]) || !detail::is_ascii_digit(compact[2]) ||
      !detail::is_ascii_digit(compact[3])) {
    return false;
  }
  for (char c : compact) {
    if (!detail::is_ascii_digit(c) && !is_upper(c))
      return false;
  }
  const std::size_t known = known_length(compact[0], compact[1]);
  return known == 0 || known == compact.size();
}

// A candidate starting at text[begin]: up to kMaxIban alphanumerics, groups separated by
// single spaces. ends[i] is the source position after compact character i, and
// group_end[i] says whether the IBAN may end there (a space or a non-alphanumeric
// follows).
struct Candidate {
  std::array<char, kMaxIban> compact{};
  std::array<std::uint32_t, kMaxIban> ends{};
  std::array<bool, kMaxIban> group_end{};
  std::size_t size = 0;
};

void collect(std::string_view text, std::size_t begin, Candidate& c) {
  std::size_t i = begin;
  while (i < text.size() && c.size < kMaxIban) {
    if (detail::is_ascii_alnum(text[i])) {
      c.compact[c.size] = ascii_upper(text[i]);
      c.ends[c.size] = static_cast<std::uint32_t>(i + 1);
      c.group_end[c.size] = i + 1 >= text.size() || !detail::is_ascii_alnum(text[i + 1]);
      ++c.size;
      ++i;
    } else if (text[i] == ' ' && i + 1 < text.size() && detail::is_ascii_alnum(text[i + 1])) {
      ++i;
    } else {
      break;
    }
  }
}

}  // namespace

bool iban_checksum_valid(std::string_view iban) {
  std::array<char, kMaxIban> compact{};
  std::size_t size = 0;
  for (char c : iban) {
    if (c == ' ')
      continue;
    if (size == kMaxIban)
      return false;
    compact[size++] = ascii_upper(c);
  }
  const std::string_view view(compact.data(), size);
  return shape_ok(view) && mod97_ok(view);
}

namespace detail {

void find_ibans(std::string_view text, std::vector<PiiFinding>& out) {
  Candidate c;
  for (std::size_t i = 0; i + kMinIban <= text.size(); ++i) {
    // Country code in upper case at a word start, then two check digits.
    if (!is_upper(text[i]) || !is_upper(text[i + 1]) || !is_ascii_digit(text[i + 2]) ||
        !is_ascii_digit(text[i + 3]) || (i > 0 && is_ascii_alnum(text[i - 1]))) {
      continue;
    }
    c.size = 0;
    collect(text, i, c);
    // The longest group-aligned prefix that is a valid IBAN: words after an IBAN join
    // the candidate ("DE89 ... 00 bitte"), so shorter lengths are tried too.
    for (std::size_t n = c.size; n >= kMinIban; --n) {
      const std::string_view compact(c.compact.data(), n);
      if (!c.group_end[n - 1] || !shape_ok(compact) || !mod97_ok(compact))
        continue;
      out.push_back(PiiFinding{.kind = PiiKind::kIban,
                               .source_begin = static_cast<std::uint32_t>(i),
                               .source_end = c.ends[n - 1],
                               .normalized = std::string(compact)});
      i = c.ends[n - 1] - 1;
      break;
    }
  }
}

}  // namespace detail
}  // namespace rauch::text
