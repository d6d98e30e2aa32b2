#pragma once

// The coverage check of an on-call schedule: per level, every minute of a local week, on
// ordinary days and on public holidays, must be covered by exactly one rotation. Private
// to notify/ (OnCallSchedule::create).

#include <string>
#include <vector>

#include "notify/oncall_config.h"

namespace rauch::notify::detail {

struct CoverageProblems {
  std::vector<std::string> overlaps;  // Errors.
  std::vector<std::string> gaps;      // Warnings.
};

// Rotations of one level in different time zones or holiday regions cannot be compared
// by local week: that level gets a gap warning saying it was not checked.
CoverageProblems check_coverage(const OnCallConfig& config, int levels);

}  // namespace rauch::notify::detail
