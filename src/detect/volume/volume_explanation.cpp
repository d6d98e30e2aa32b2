#include "detect/volume/volume_explanation.h"

#include <fmt/format.h>

namespace rauch::detect {
namespace {

const WindowReading& strongest(const VolumeReading& reading) {
  const WindowReading* best = &reading.windows[0];
  for (const WindowReading& w : reading.windows)
    if (w.z > best->z) best = &w;
  return *best;
}

}  // namespace

std::string volume_title(std::string_view query_id, const VolumeReading& reading) {
  const WindowReading& w = strongest(reading);
  const double ratio = w.observed / std::max(w.expected, 0.1);
  return fmt::format("{}: {:.0f} posts in {} min, {:.1f}x the usual {:.1f}", query_id, w.observed,
                     w.minutes, ratio, w.expected);
}

std::string volume_explanation(const VolumeReading& reading) {
  std::string out;
  for (const WindowReading& w : reading.windows) {
    if (!out.empty()) out += '\n';
    out += fmt::format("{} min: {:.0f} posts, expected {:.1f} (z {:.1f})", w.minutes, w.observed,
                       w.expected, w.z);
  }
  return out;
}

std::string volume_details_json(const VolumeReading& reading) {
  std::string out =
      fmt::format("{{\"bucket_start\":\"{}\",\"windows\":[", format_rfc3339(reading.bucket_start));
  for (std::size_t i = 0; i < reading.windows.size(); ++i) {
    const WindowReading& w = reading.windows[i];
    out += fmt::format("{}{{\"minutes\":{},\"observed\":{:.0f},\"expected\":{:.2f},\"z\":{:.2f}}}",
                       i > 0 ? "," : "", w.minutes, w.observed, w.expected, w.z);
  }
  out += "]}";
  return out;
}

}  // namespace rauch::detect
