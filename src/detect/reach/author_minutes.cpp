#include "detect/reach/author_minutes.h"

#include <algorithm>
#include <bit>
#include <limits>

namespace rauch::detect {
namespace {

constexpr std::int64_t kEmpty = std::numeric_limits<std::int64_t>::min();

std::uint64_t mix64(std::uint64_t x) {  // MurmurHash3's finaliser
  x ^= x >> 33;
  x *= 0xff51afd7ed558ccdULL;
  x ^= x >> 33;
  x *= 0xc4ceb9fe1a85ec53ULL;
  return x ^ (x >> 33);
}

std::uint32_t clamp_followers(std::int64_t followers) {
  return static_cast<std::uint32_t>(
      std::clamp<std::int64_t>(followers, 0, std::numeric_limits<std::uint32_t>::max() - 1));
}

}  // namespace

AuthorMinutes::AuthorMinutes(std::size_t minutes, std::size_t cap)
    : minutes_(minutes),
      cap_(cap),
      keys_(minutes * cap),
      followers_(minutes * cap),
      count_(minutes, 0),
      tau_(minutes, 0.0),
      stamp_(minutes, kEmpty),
      set_(std::bit_ceil(minutes * cap * 2), 0) {}

std::size_t AuthorMinutes::memory_bytes() const {
  return keys_.capacity() * sizeof(std::uint64_t) + followers_.capacity() * sizeof(std::uint32_t) +
         count_.capacity() * sizeof(std::uint32_t) + tau_.capacity() * sizeof(double) +
         stamp_.capacity() * sizeof(std::int64_t) + set_.capacity() * sizeof(std::uint64_t);
}

double AuthorMinutes::priority(std::uint64_t key, std::uint32_t followers) {
  const double u = static_cast<double>((mix64(key) >> 11) + 1) * 0x1p-53;  // (0, 1]
  return (static_cast<double>(followers) + 1) / u;
}

void AuthorMinutes::add(std::uint64_t author_key, std::int64_t followers) {
  const std::size_t base = open_ * cap_;
  const std::uint32_t f = clamp_followers(followers);
  const std::uint32_t n = count_[open_];
  for (std::size_t i = base; i < base + n; ++i) {
    if (keys_[i] == author_key) {
      followers_[i] = std::max(followers_[i], f);
      return;
    }
  }
  if (n < cap_) {
    keys_[base + n] = author_key;
    followers_[base + n] = f;
    count_[open_] = n + 1;
    return;
  }
  // Full: keep the cap highest priorities, remember the highest one dropped.
  std::size_t weakest = base;
  double weakest_priority = priority(keys_[base], followers_[base]);
  for (std::size_t i = base + 1; i < base + n; ++i) {
    const double p = priority(keys_[i], followers_[i]);
    if (p < weakest_priority) {
      weakest_priority = p;
      weakest = i;
    }
  }
  const double p = priority(author_key, f);
  if (p <= weakest_priority) {
    tau_[open_] = std::max(tau_[open_], p);
    return;
  }
  tau_[open_] = std::max(tau_[open_], weakest_priority);
  keys_[weakest] = author_key;
  followers_[weakest] = f;
}

void AuthorMinutes::close(std::int64_t minute, const std::int64_t* window_minutes,
                          WindowSum* out, std::size_t windows) {
  stamp_[open_] = minute;
  std::int64_t longest = 0;
  std::size_t entries = 0;
  for (std::size_t w = 0; w < windows; ++w)
    longest = std::max(longest, window_minutes[w]);
  // Each window's tau: the largest of its minutes (a consistent sample of the union).
  double taus[8] = {};
  for (std::size_t s = 0; s < minutes_; ++s) {
    if (stamp_[s] == kEmpty || minute - stamp_[s] >= longest)
      continue;
    entries += count_[s];
    for (std::size_t w = 0; w < windows && w < 8; ++w)
      if (minute - stamp_[s] < window_minutes[w])
        taus[w] = std::max(taus[w], tau_[s]);
  }
  for (std::size_t w = 0; w < windows; ++w)
    out[w] = WindowSum{};
  const std::size_t used = std::min(set_.size(), std::bit_ceil(entries * 2 + 2));
  std::fill(set_.begin(), set_.begin() + static_cast<std::ptrdiff_t>(used), 0);
  const std::size_t mask = used - 1;
  bool zero_seen = false;  // key 0 marks empty set cells, so author key 0 is tracked here
  // Newest minute first: an author's first sighting is its newest, which decides the
  // windows it belongs to.
  for (std::size_t age = 0; age < minutes_; ++age) {
    const std::size_t s = (open_ + minutes_ - age) % minutes_;
    if (stamp_[s] == kEmpty || minute - stamp_[s] >= longest)
      continue;
    const std::int64_t minutes_ago = minute - stamp_[s];
    for (std::size_t i = s * cap_; i < s * cap_ + count_[s]; ++i) {
      const std::uint64_t key = keys_[i];
      if (key == 0) {
        if (zero_seen)
          continue;
        zero_seen = true;
      } else {
        std::size_t at = mix64(key) & mask;
        while (set_[at] != 0 && set_[at] != key)
          at = (at + 1) & mask;
        if (set_[at] == key)
          continue;
        set_[at] = key;
      }
      const double f = followers_[i];
      const double p = priority(keys_[i], followers_[i]);
      for (std::size_t w = 0; w < windows && w < 8; ++w) {
        if (minutes_ago >= window_minutes[w] || p <= taus[w])
          continue;
        const double inclusion = taus[w] > 0 ? std::min(1.0, (f + 1) / taus[w]) : 1.0;
        out[w].authors += 1 / inclusion;
        out[w].reach += f / inclusion;
      }
    }
  }
  open_ = (open_ + 1) % minutes_;
  count_[open_] = 0;
  tau_[open_] = 0;
  stamp_[open_] = kEmpty;
}

}  // namespace rauch::detect
