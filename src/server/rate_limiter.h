#pragma once

// Requests per token per second (docs/api.md#limits): a token bucket per API token that
// holds up to `burst` requests and refills at `per_second`. A request that finds its
// bucket empty is refused with 429 and the seconds until the next one would pass, so one
// busy script cannot starve the dashboard of the other users. Thread-safe.

#include <chrono>
#include <cstdint>
#include <mutex>
#include <optional>
#include <unordered_map>

namespace rauch::server {

struct RateLimit {
  double per_second = 100;  // 0: no limit
  double burst = 200;       // requests a quiet token may send at once
};

class RateLimiter {
 public:
  using Clock = std::chrono::steady_clock;

  explicit RateLimiter(RateLimit limit) : limit_(limit) {}

  // nullopt when the token may make a request now (it is counted); otherwise how long it
  // has to wait.
  std::optional<std::chrono::duration<double>> admit(std::int64_t token_id,
                                                     Clock::time_point now = Clock::now());

  // Buckets kept (tests): at most kMaxIdle more than the ones used within refill time.
  std::size_t tracked() const;

  // When more buckets than this are kept, the full ones are dropped: a full bucket is the
  // same as none, so callers never notice, and memory stays bounded also for keys that
  // come and go (login attempts by client address, dashboard sessions).
  static constexpr std::size_t kMaxIdle = 10'000;

 private:
  struct Bucket {
    double tokens = 0;
    Clock::time_point refilled;
  };
  RateLimit limit_;
  mutable std::mutex mutex_;
  std::unordered_map<std::int64_t, Bucket> buckets_;
};

}  // namespace rauch::server
