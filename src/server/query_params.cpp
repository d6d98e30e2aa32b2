#include "server/query_params.h"

#include <httplib.h>

#include <charconv>

#include <fmt/format.h>

namespace rauch::server {

Result<std::int64_t> int_param(const httplib::Request& req, const char* name, std::int64_t fallback,
                               std::int64_t min, std::int64_t max) {
  if (!req.has_param(name))
    return fallback;
  const std::string text = req.get_param_value(name);
  std::int64_t value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size() || value < min || value > max)
    return make_error(ErrorCode::kInvalidArgument,
                      fmt::format("{} must be an integer from {} to {}", name, min, max));
  return value;
}

Result<std::optional<Timestamp>> time_param(const httplib::Request& req, const char* name) {
  if (!req.has_param(name))
    return std::optional<Timestamp>();
  auto t = parse_rfc3339(req.get_param_value(name));
  if (!t)
    return make_error(ErrorCode::kInvalidArgument,
                      fmt::format("{}: {} (expected RFC 3339, e.g. 2026-10-13T15:00:00Z)", name,
                                  t.error().message()));
  return std::optional<Timestamp>(*t);
}

}  // namespace rauch::server
