#pragma once

// What a person reads about a volume burst (docs/detection.md#incidents): a one-line
// title and a short explanation with the numbers that matter, observed against expected
// over the windows, and the same numbers as a JSON object for the API.

#include <string>
#include <string_view>

#include "detect/volume/volume_detector.h"

namespace rauch::detect {

// "velora-complaints: 85 posts in 15 min, 9.3x the usual 9.1". The window shown is the
// one with the largest z.
std::string volume_title(std::string_view query_id, const VolumeReading& reading);

// One line per window: "5 min: 31 posts, expected 3.0 (z 9.8)". Times are event time.
std::string volume_explanation(const VolumeReading& reading);

// {"bucket_start":"...","windows":[{"minutes":5,"observed":31,"expected":3.02,"z":9.8},...]}
std::string volume_details_json(const VolumeReading& reading);

}  // namespace rauch::detect
