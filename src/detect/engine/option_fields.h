#pragma once

// Every detection parameter by name, for the config file ([detect.<section>] and
// [detect.queries.<id>.<section>], docs/configuration.md) and for the test that checks
// each one is documented in docs/detection.md. One list, so a new option is either here
// (settable, documented) or the test fails.

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "detect/engine/detection_options.h"

namespace rauch::detect {

struct OptionField {
  std::string_view section;  // "volume", "negative_share", "new_topic", "reach", ...
  std::string_view name;     // the member's name, e.g. "alert_z"
  std::variant<double*, std::int64_t*, std::size_t*, bool*, std::span<std::int64_t>,
               std::vector<std::string>*, std::string*>
      target;
};

// The fields of `options` (pointers into it).
std::vector<OptionField> option_fields(DetectionOptions& options);

}  // namespace rauch::detect
