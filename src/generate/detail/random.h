#pragma once

// The generator's only source of randomness: xoshiro256** seeded through splitmix64, and
// the few distributions it needs, all written here. std::uniform_*_distribution and
// friends are not used because their output differs between standard libraries, and the
// stream must be byte-identical on every machine for a given seed.

#include <cmath>
#include <cstdint>
#include <span>

#include "core/assert.h"

namespace rauch::generate::detail {

// One step of splitmix64; also a good 64-bit mixer for deriving seeds.
constexpr std::uint64_t splitmix64(std::uint64_t& state) {
  state += 0x9e3779b97f4a7c15ULL;
  std::uint64_t z = state;
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

// Derives an independent stream seed from the user's seed and a label (a day number, a
// scenario salt), so that e.g. switching a scenario on does not shift the baseline's
// random draws.
constexpr std::uint64_t derive_seed(std::uint64_t seed, std::uint64_t label) {
  std::uint64_t state = seed ^ (label * 0xd1b54a32d192ed03ULL);
  splitmix64(state);
  return splitmix64(state);
}

class Rng {
 public:
  explicit Rng(std::uint64_t seed) {
    for (auto& word : s_) {
      word = splitmix64(seed);
    }
  }

  std::uint64_t next() {
    const std::uint64_t result = rotl(s_[1] * 5, 7) * 9;
    const std::uint64_t t = s_[1] << 17;
    s_[2] ^= s_[0];
    s_[3] ^= s_[1];
    s_[1] ^= s_[2];
    s_[0] ^= s_[3];
    s_[2] ^= t;
    s_[3] = rotl(s_[3], 45);
    return result;
  }

  // Uniform in [0, 1) with 53 random bits.
  double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }

  // Uniform integer in [0, n); n > 0. The tiny bias of multiply-shift is irrelevant here.
  std::uint64_t below(std::uint64_t n) {
    RAUCH_ASSERT(n > 0, "Rng::below needs n > 0");
    const auto r = static_cast<std::uint64_t>(uniform() * static_cast<double>(n));
    return r < n ? r : n - 1;
  }

  std::size_t index(std::size_t n) { return static_cast<std::size_t>(below(n)); }

  // Uniform integer in [lo, hi].
  std::int64_t between(std::int64_t lo, std::int64_t hi) {
    RAUCH_ASSERT(lo <= hi, "Rng::between needs lo <= hi");
    return lo + static_cast<std::int64_t>(below(static_cast<std::uint64_t>(hi - lo) + 1));
  }

  bool chance(double p) { return uniform() < p; }

  // Standard normal (Box-Muller; the second value is dropped to keep the state simple).
  double normal() {
    const double u1 = 1.0 - uniform();  // (0, 1], so log() is finite.
    const double u2 = uniform();
    return std::sqrt(-2.0 * std::log(u1)) * std::cos(6.283185307179586 * u2);
  }

  double lognormal(double mu, double sigma) { return std::exp(mu + sigma * normal()); }

  // Exponential with the given mean.
  double exponential(double mean) { return -mean * std::log(1.0 - uniform()); }

  template <typename T>
  const T& pick(std::span<const T> items) {
    RAUCH_ASSERT(!items.empty(), "Rng::pick from an empty list");
    return items[index(items.size())];
  }
  template <typename T, std::size_t N>
  const T& pick(const T (&items)[N]) {
    return items[index(N)];
  }

 private:
  static constexpr std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }

  std::uint64_t s_[4];
};

}  // namespace rauch::generate::detail
