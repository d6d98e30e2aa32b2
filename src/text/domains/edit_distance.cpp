#include "text/domains/detail/edit_distance.h"

#include <algorithm>
#include <array>

namespace rauch::text::detail {
namespace {
constexpr std::size_t kMaxLength = 255;
}  // namespace

std::uint32_t bounded_edit_distance(std::string_view a, std::string_view b, std::uint32_t max) {
  const std::size_t length_gap = a.size() > b.size() ? a.size() - b.size() : b.size() - a.size();
  if (length_gap > max || a.size() > kMaxLength || b.size() > kMaxLength)
    return max + 1;
  // Three rows: OSA's swap looks two rows back.
  std::array<std::uint32_t, kMaxLength + 1> two_back{};
  std::array<std::uint32_t, kMaxLength + 1> previous{};
  std::array<std::uint32_t, kMaxLength + 1> current{};
  for (std::size_t j = 0; j <= b.size(); ++j)
    previous[j] = static_cast<std::uint32_t>(j);
  for (std::size_t i = 1; i <= a.size(); ++i) {
    current[0] = static_cast<std::uint32_t>(i);
    std::uint32_t row_min = current[0];
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::uint32_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      std::uint32_t d = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
        d = std::min(d, two_back[j - 2] + 1);
      current[j] = d;
      row_min = std::min(row_min, d);
    }
    if (row_min > max)
      return max + 1;
    two_back = previous;
    previous = current;
  }
  return std::min(previous[b.size()], max + 1);
}

}  // namespace rauch::text::detail
