#pragma once

// Request bodies that are one JSON object with known fields. Every problem is a
// kInvalidArgument naming the field and what it must be, so a client can fix its request
// from the 400 alone; an unknown field is refused rather than ignored (a typo such as
// "catgory" must not silently drop the value).

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json_fwd.hpp>

#include "core/error.h"
#include "core/timestamp.h"

namespace rauch::server {

// Parses `body` as a JSON object whose keys are all in `known`. An empty body is {} when
// `empty_is_object`, else an error.
[[nodiscard]] Result<nlohmann::json> json_object_body(const std::string& body,
                                                      std::initializer_list<std::string_view> known,
                                                      bool empty_is_object);

// The string field `name` of `object`; nullopt when absent or null.
[[nodiscard]] Result<std::optional<std::string>> string_field(const nlohmann::json& object,
                                                              const char* name);
// The integer field `name` in [min, max]; nullopt when absent or null.
[[nodiscard]] Result<std::optional<std::int64_t>> int_field(const nlohmann::json& object,
                                                            const char* name, std::int64_t min,
                                                            std::int64_t max);
// The RFC 3339 time field `name`; nullopt when absent or null.
[[nodiscard]] Result<std::optional<Timestamp>> time_field(const nlohmann::json& object,
                                                          const char* name);

}  // namespace rauch::server
