#pragma once

// A count-min sketch with conservative update over decayed counts: depth rows of width
// float cells; a key's estimate is the minimum of its cells and never below its true count.
// Conservative update (raise only the cells that are at the minimum) keeps the estimates of
// rare keys close to their true counts even when the sketch holds far more keys than cells,
// which a week of a query's vocabulary does. Decay is the caller's: it adds weights that
// grow over time (a lazy scale factor) and calls scale() now and then to renormalise.

#include <array>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace rauch::detect {

class CountMinSketch {
 public:
  static constexpr std::size_t kMaxDepth = 8;
  // The cells of one key, computed once per key and used for every sketch of the same shape.
  struct Cells {
    std::array<std::uint32_t, kMaxDepth> at{};
  };

  // 1 <= depth <= kMaxDepth, width >= 1 (checked by the owner's options).
  CountMinSketch(std::size_t width, std::size_t depth);

  Cells cells(std::uint64_t hash) const;
  float estimate(const Cells& cells) const;
  // Adds `weight` (> 0) to the key; returns its estimate before the addition.
  float add(const Cells& cells, float weight);
  // Multiplies every cell by `factor` (renormalisation of the lazy scale).
  void scale(float factor);
  std::size_t memory_bytes() const { return cells_.capacity() * sizeof(float); }

 private:
  std::size_t width_, depth_;
  std::vector<float> cells_;  // row-major, depth_ rows of width_
};

}  // namespace rauch::detect
