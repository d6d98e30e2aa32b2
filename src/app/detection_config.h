#pragma once

// The [detect] part of the config file (docs/configuration.md#detect): defaults for every
// detection parameter, and per-query overrides.
//
//   [detect.volume]
//   alert_z = 7
//   [detect.queries."velora-care".unanswered]
//   grace_minutes = 30
//
// Names are those of docs/detection.md's tables (detect/engine/option_fields.h).

#include <map>
#include <string>

#include "core/error.h"
#include "detect/engine/detection_options.h"

namespace rauch::app {

struct DetectionConfig {
  detect::DetectionOptions defaults;
  std::map<std::string, detect::DetectionOptions> per_query;  // Defaults + the overrides.
};

// Reads `path` on top of `base`. kInvalidArgument naming FILE:LINE and the option for a
// syntax error, an unknown section or option, or a value of the wrong type or size;
// kUnavailable when the file cannot be read. A file without [detect] gives `base`.
[[nodiscard]] Result<DetectionConfig> read_detection_config(const std::string& path,
                                                           const detect::DetectionOptions& base);

}  // namespace rauch::app
