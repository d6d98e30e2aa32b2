#include "detect/volume/volume_options.h"

#include <string_view>

#include <fmt/format.h>

namespace rauch::detect {
namespace {

tl::unexpected<Error> bad(std::string_view field, std::string_view range) {
  return make_error(ErrorCode::kInvalidArgument,
                    fmt::format("volume options: {} must be {}", field, range));
}

}  // namespace

Result<VolumeOptions> validate(const VolumeOptions& o) {
  if (o.bucket_minutes < 1 || o.bucket_minutes > 24 * 60)
    return bad("bucket_minutes", "in 1..1440");
  for (std::int64_t w : o.window_minutes)
    if (w < 1 || w > 24 * 60)
      return bad("window_minutes", "in 1..1440");
  if (!(o.pseudo_count > 0))
    return bad("pseudo_count", "> 0");
  if (!(o.level_half_life_minutes > 0) || !(o.hour_of_day_half_life_days > 0) ||
      !(o.hour_of_week_half_life_days > 0) || !(o.dispersion_half_life_days > 0))
    return bad("every half-life", "> 0");
  if (!(o.hour_of_week_ramp_weeks >= 0))
    return bad("hour_of_week_ramp_weeks", ">= 0");
  if (!(o.winsor_sigmas > 0))
    return bad("winsor_sigmas", "> 0");
  if (!(o.min_scale > 0))
    return bad("min_scale", "> 0");
  if (!(o.min_count >= 0) || !(o.min_excess >= 0))
    return bad("min_count and min_excess", ">= 0");
  if (!(o.alert_z > 0))
    return bad("alert_z", "> 0");
  if (!(o.rare_minutes_per_day >= 0) || !(o.rare_half_life_days > 0))
    return bad("rare_minutes_per_day / rare_half_life_days", ">= 0 / > 0");
  if (!(o.alert_score > 0 && o.alert_score < 1))
    return bad("alert_score", "in (0, 1)");
  if (!(o.hold_minutes >= 0) || !(o.escalation_factor >= 1))
    return bad("hold_minutes / escalation_factor", ">= 0 / >= 1");
  if (!(o.peak_fraction >= 0) || !(o.peak_half_life_days > 0))
    return bad("peak_fraction / peak_half_life_days", ">= 0 / > 0");
  if (!(o.warmup_minutes >= 0) || !(o.max_gap_fill_minutes >= 0))
    return bad("warmup_minutes and max_gap_fill_minutes", ">= 0");
  if (o.utc_offset_minutes < -14 * 60 || o.utc_offset_minutes > 14 * 60)
    return bad("utc_offset_minutes", "in -840..840");
  return o;
}

}  // namespace rauch::detect
