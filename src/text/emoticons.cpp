#include "text/detail/emoticons.h"

#include <array>
#include <cstdint>

namespace rauch::text::detail {
namespace {

// Western and a few Eastern emoticons common in German and English posts. Left out on
// purpose: "D:" and "XP" (a group letter and Windows XP), ":3" and "8)" (ratios, list
// numbers), "B-)" ("Plan B-)").
constexpr std::array<std::string_view, 54> kEmoticons = {
    ":)",  ":-)",  ":(",  ":-(", ":D",  ":-D", ";)",  ";-)", ";D",  ";-D",  ":P",
    ":-P", ":p",   ":-p", ";P",  ";p",  ";-P", ";-p", ":/",  ":-/", ":\\",  ":-\\",
    ":'(", ":'-(", ":')", ":o",  ":-o", ":O",  ":-O", ":|",  ":-|", ":*",   ":-*",
    ";*",  ":]",   ":[",  "<3",  "</3", "=)",  "=(",  "=D",  ">:(", "xD",   "XD",
    "^^",  "^_^",  "^.^", "-.-", "-_-", "o_O", "O_o", "o_o", "O_O", "\\o/",
};

// A quick filter, since most calls come from ordinary words and punctuation: a bit for
// each pair of first two bytes that some emoticon starts with.
constexpr std::array<std::uint64_t, 128 * 128 / 64> make_pairs() {
  std::array<std::uint64_t, 128 * 128 / 64> pairs{};
  for (std::string_view e : kEmoticons) {
    const auto bit = static_cast<std::size_t>(e[0]) * 128 + static_cast<std::size_t>(e[1]);
    pairs[bit / 64] |= std::uint64_t{1} << (bit % 64);
  }
  return pairs;
}

constexpr std::array<std::uint64_t, 128 * 128 / 64> kPairs = make_pairs();

bool may_start_emoticon(unsigned char first, unsigned char second) {
  if (first >= 128 || second >= 128)
    return false;
  const std::size_t bit = std::size_t{first} * 128 + second;
  return (kPairs[bit / 64] >> (bit % 64)) & 1;
}

}  // namespace

std::span<const std::string_view> emoticons() { return kEmoticons; }

std::size_t emoticon_at(std::string_view text, std::size_t pos) {
  if (pos + 1 >= text.size() || !may_start_emoticon(static_cast<unsigned char>(text[pos]),
                                                    static_cast<unsigned char>(text[pos + 1]))) {
    return 0;
  }
  const std::string_view rest = text.substr(pos);
  std::size_t best = 0;
  for (std::string_view e : kEmoticons) {
    if (e[0] == rest[0] && e[1] == rest[1] && e.size() > best && rest.starts_with(e)) {
      best = e.size();
    }
  }
  return best;
}

}  // namespace rauch::text::detail
