#include <algorithm>

#include "notify/notify_config.h"

namespace rauch::notify {

std::int64_t retry_delay_ms(const RetryPolicy& policy, int failures) {
  std::int64_t delay = std::max<std::int64_t>(policy.first_delay_ms, 1);
  // Doubling stops at the cap, so a large attempt count cannot overflow.
  for (int i = 1; i < failures && delay < policy.max_delay_ms; ++i) delay *= 2;
  return std::min(delay, policy.max_delay_ms);
}

}  // namespace rauch::notify
