#pragma once

// Posts are hostile input. Before post text reaches a terminal, control characters
// (which could move the cursor or set the window title), bidirectional overrides (which
// could reverse what follows) and line breaks are replaced, and long text is shortened
// on a character boundary.

#include <cstddef>
#include <string>
#include <string_view>

namespace rauch::app {

// `text` is valid UTF-8. Returns at most `max_chars` code points (plus "…" when cut).
std::string terminal_safe(std::string_view text, std::size_t max_chars);

}  // namespace rauch::app
