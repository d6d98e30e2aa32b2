#pragma once

// Query-string parameters with their checks: a bad value is a 400 naming the parameter
// and the allowed range, never a silent default.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/error.h"
#include "core/timestamp.h"

namespace httplib {
struct Request;
}  // namespace httplib

namespace rauch::server {

// The integer `name` in [min, max], `fallback` when absent; kInvalidArgument otherwise.
[[nodiscard]] Result<std::int64_t> int_param(const httplib::Request& req, const char* name,
                                             std::int64_t fallback, std::int64_t min,
                                             std::int64_t max);
// An RFC 3339 time, nullopt when absent; kInvalidArgument when malformed.
[[nodiscard]] Result<std::optional<Timestamp>> time_param(const httplib::Request& req,
                                                          const char* name);

}  // namespace rauch::server
