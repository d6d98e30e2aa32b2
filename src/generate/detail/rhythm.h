#pragma once

// When people post: a daily curve in local (Berlin) time, quiet at night with peaks at
// lunch and in the evening, and a flatter, later weekend curve.

#include "core/timestamp.h"
#include "generate/detail/random.h"

namespace rauch::generate::detail {

// Relative activity of a local hour; the weights of a weekday average 1.0.
double hour_weight(int local_hour, bool weekend);

// The day's volume relative to the weekly average (weekdays a bit above, weekends below).
double day_factor(bool weekend);

// A random instant in [from, to) that follows the daily rhythm (rejection sampling).
Timestamp rhythmic_time(Rng& rng, Timestamp from, Timestamp to);

}  // namespace rauch::generate::detail
