#include "server/json_body.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace rauch::server {

Result<nlohmann::json> json_object_body(const std::string& body,
                                        std::initializer_list<std::string_view> known,
                                        bool empty_is_object) {
  if (body.find_first_not_of(" \t\r\n") == std::string::npos) {
    if (empty_is_object)
      return nlohmann::json::object();
    return make_error(ErrorCode::kInvalidArgument,
                      fmt::format("body: expected a JSON object with {}", fmt::join(known, ", ")));
  }
  nlohmann::json object = nlohmann::json::parse(body, nullptr, /*allow_exceptions=*/false);
  if (object.is_discarded())
    return make_error(ErrorCode::kInvalidArgument, "body: not valid JSON");
  if (!object.is_object())
    return make_error(ErrorCode::kInvalidArgument,
                      fmt::format("body: expected a JSON object with {}", fmt::join(known, ", ")));
  for (const auto& [key, value] : object.items()) {
    bool found = false;
    for (std::string_view name : known)
      found = found || key == name;
    if (!found)
      return make_error(ErrorCode::kInvalidArgument,
                        fmt::format("body: unknown field {} (known fields: {})",
                                    nlohmann::json(key).dump(
                                        -1, ' ', false, nlohmann::json::error_handler_t::replace),
                                    fmt::join(known, ", ")));
  }
  return object;
}

Result<std::optional<std::string>> string_field(const nlohmann::json& object, const char* name) {
  const auto it = object.find(name);
  if (it == object.end() || it->is_null())
    return std::nullopt;
  if (!it->is_string())
    return make_error(ErrorCode::kInvalidArgument, fmt::format("{} must be a string", name));
  return it->get<std::string>();
}

Result<std::optional<std::int64_t>> int_field(const nlohmann::json& object, const char* name,
                                              std::int64_t min, std::int64_t max) {
  const auto it = object.find(name);
  if (it == object.end() || it->is_null())
    return std::nullopt;
  const bool integer = it->is_number_integer();
  const std::int64_t value = integer ? it->get<std::int64_t>() : 0;
  if (!integer || (it->is_number_unsigned() && it->get<std::uint64_t>() > INT64_MAX) ||
      value < min || value > max)
    return make_error(ErrorCode::kInvalidArgument,
                      fmt::format("{} must be an integer from {} to {}", name, min, max));
  return value;
}

Result<std::optional<Timestamp>> time_field(const nlohmann::json& object, const char* name) {
  auto text = string_field(object, name);
  if (!text)
    return tl::unexpected(text.error());
  if (!*text)
    return std::nullopt;
  auto time = parse_rfc3339(**text);
  if (!time)
    return make_error(ErrorCode::kInvalidArgument,
                      fmt::format("{}: {} (expected RFC 3339, e.g. 2026-10-13T15:00:00Z)", name,
                                  time.error().message()));
  return *time;
}

}  // namespace rauch::server
