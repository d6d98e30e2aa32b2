#pragma once

// First names, surnames and handle parts from which the author pool is drawn.

#include <span>
#include <string_view>

namespace rauch::generate::detail {

struct NameLists {
  std::span<const std::string_view> first;
  std::span<const std::string_view> last;
};

NameLists german_names();
NameLists english_names();
// Hobby words for handles ("radler", "commuter"), ASCII only.
std::span<const std::string_view> handle_words();

}  // namespace rauch::generate::detail
