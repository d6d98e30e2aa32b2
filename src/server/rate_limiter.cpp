#include "server/rate_limiter.h"

#include <algorithm>

namespace rauch::server {

std::optional<std::chrono::duration<double>> RateLimiter::admit(std::int64_t token_id,
                                                               Clock::time_point now) {
  if (limit_.per_second <= 0)
    return std::nullopt;
  std::lock_guard lock(mutex_);
  if (buckets_.size() >= kMaxIdle && !buckets_.contains(token_id)) {
    const auto refill = std::chrono::duration<double>(limit_.burst / limit_.per_second);
    std::erase_if(buckets_, [&](const auto& entry) { return now - entry.second.refilled >= refill; });
  }
  auto [it, fresh] = buckets_.try_emplace(token_id, Bucket{limit_.burst, now});
  Bucket& bucket = it->second;
  if (!fresh && now > bucket.refilled) {
    const double elapsed = std::chrono::duration<double>(now - bucket.refilled).count();
    bucket.tokens = std::min(limit_.burst, bucket.tokens + elapsed * limit_.per_second);
    bucket.refilled = now;
  }
  if (bucket.tokens >= 1) {
    bucket.tokens -= 1;
    return std::nullopt;
  }
  return std::chrono::duration<double>((1 - bucket.tokens) / limit_.per_second);
}

std::size_t RateLimiter::tracked() const {
  std::lock_guard lock(mutex_);
  return buckets_.size();
}

}  // namespace rauch::server
