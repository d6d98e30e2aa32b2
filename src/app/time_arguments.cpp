#include "app/time_arguments.h"

#include <chrono>
#include <string>

#include <fmt/format.h>

namespace rauch::app {

Result<Timestamp> parse_time_argument(std::string_view option, std::string_view text,
                                      Timestamp now) {
  if (auto t = parse_rfc3339(text)) {
    return t;
  }
  if (text.size() == 10) {
    if (auto t = parse_rfc3339(std::string(text) + "T00:00:00Z")) {
      return t;
    }
  }
  if (auto d = parse_duration_ms(text)) {
    return Timestamp{now.ms - *d};
  }
  return make_error(ErrorCode::kInvalidArgument,
                    fmt::format("{}: '{}' is neither a time (2026-10-12T08:00:00Z), a date "
                                "(2026-10-12) nor a duration before now (36h, 7d)",
                                option, text));
}

Timestamp wall_clock_now() {
  const auto since_epoch = std::chrono::system_clock::now().time_since_epoch();
  return Timestamp{std::chrono::duration_cast<std::chrono::milliseconds>(since_epoch).count()};
}

}  // namespace rauch::app
