#pragma once

// Parsing of the time arguments of CLI commands (--since, --until, --start).

#include <string_view>

#include "core/error.h"
#include "core/timestamp.h"

namespace rauch::app {

// Accepts an RFC 3339 timestamp ("2026-10-12T08:00:00Z"), a date ("2026-10-12", midnight
// UTC), or a duration before `now` ("36h", "7d"). kInvalidArgument names the option.
[[nodiscard]] Result<Timestamp> parse_time_argument(std::string_view option, std::string_view text,
                                                    Timestamp now);

// The wall clock, for the edges that need it (ingest's clock-skew check, relative times).
Timestamp wall_clock_now();

}  // namespace rauch::app
