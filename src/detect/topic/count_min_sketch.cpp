#include "detect/topic/count_min_sketch.h"

#include <algorithm>
#include <limits>

namespace rauch::detect {

CountMinSketch::CountMinSketch(std::size_t width, std::size_t depth)
    : width_(width), depth_(depth), cells_(width * depth, 0.0f) {}

CountMinSketch::Cells CountMinSketch::cells(std::uint64_t hash) const {
  // Double hashing (Kirsch-Mitzenmacher) from the two halves of an already mixed hash;
  // the multiply-shift maps 32 bits onto [0, width) without a division.
  const auto h1 = static_cast<std::uint32_t>(hash);
  const auto h2 = static_cast<std::uint32_t>(hash >> 32) | 1u;
  Cells c;
  for (std::size_t r = 0; r < depth_; ++r) {
    const std::uint32_t h = h1 + static_cast<std::uint32_t>(r) * h2;
    c.at[r] = static_cast<std::uint32_t>(r * width_ + ((std::uint64_t{h} * width_) >> 32));
  }
  return c;
}

float CountMinSketch::estimate(const Cells& c) const {
  float m = std::numeric_limits<float>::max();
  for (std::size_t r = 0; r < depth_; ++r)
    m = std::min(m, cells_[c.at[r]]);
  return m;
}

float CountMinSketch::add(const Cells& c, float weight) {
  const float before = estimate(c);
  const float after = before + weight;
  for (std::size_t r = 0; r < depth_; ++r) {
    float& cell = cells_[c.at[r]];
    cell = std::max(cell, after);
  }
  return before;
}

void CountMinSketch::scale(float factor) {
  for (float& cell : cells_)
    cell *= factor;
}

}  // namespace rauch::detect
