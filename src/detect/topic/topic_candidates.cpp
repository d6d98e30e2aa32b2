#include "detect/topic/topic_candidates.h"

#include <bit>
#include <cmath>

#include "detect/topic/topic_terms.h"

namespace rauch::detect {

void TopicCandidate::add_author(std::uint64_t author_key) {
  // Mixed first: callers' keys are hashes, but tests and small ids are not.
  const std::uint64_t bit = detail::mix64(author_key) >> 56;
  author_bits[bit / 64] |= std::uint64_t{1} << (bit % 64);
}

std::int64_t TopicCandidate::authors() const {
  // Linear counting: n = -m ln(empty / m). Exact in expectation; a collision among the
  // first few authors (about 1 % at 3 authors) undercounts by one; saturates near 1,400.
  int set = 0;
  for (std::uint64_t w : author_bits)
    set += std::popcount(w);
  constexpr double m = 256;
  const double empty = m - set;
  if (empty < 1)
    return static_cast<std::int64_t>(std::llround(m * std::log(m)));
  return static_cast<std::int64_t>(std::llround(-m * std::log(empty / m)));
}

std::int64_t TopicCandidate::sources() const { return std::popcount(source_bits); }

TopicCandidates::TopicCandidates(std::size_t capacity) : slots_(capacity) {
  index_.assign(std::bit_ceil(capacity * 4), 0);
  mask_ = index_.size() - 1;
}

std::ptrdiff_t TopicCandidates::find(std::uint64_t hash) const {
  for (std::size_t i = hash & mask_;; i = (i + 1) & mask_) {
    const std::uint16_t e = index_[i];
    if (e == 0)
      return -1;
    if (slots_[e - 1u].hash == hash)
      return static_cast<std::ptrdiff_t>(e - 1u);
  }
}

std::size_t TopicCandidates::admit(std::uint64_t hash, std::size_t victim) {
  std::size_t slot = victim;
  if (!full())
    slot = size_++;
  else
    index_erase(slots_[slot].hash);
  slots_[slot] = TopicCandidate{};
  slots_[slot].hash = hash;
  index_insert(hash, slot);
  return slot;
}

void TopicCandidates::index_insert(std::uint64_t hash, std::size_t slot) {
  std::size_t i = hash & mask_;
  while (index_[i] != 0)
    i = (i + 1) & mask_;
  index_[i] = static_cast<std::uint16_t>(slot + 1);
}

void TopicCandidates::index_erase(std::uint64_t hash) {
  std::size_t i = hash & mask_;
  while (index_[i] != 0 && slots_[index_[i] - 1u].hash != hash)
    i = (i + 1) & mask_;
  if (index_[i] == 0)
    return;
  // Backward-shift deletion: move later entries of the probe run into the hole when their
  // home position does not lie cyclically in (hole, entry].
  std::size_t hole = i;
  for (std::size_t j = (i + 1) & mask_; index_[j] != 0; j = (j + 1) & mask_) {
    const std::size_t home = slots_[index_[j] - 1u].hash & mask_;
    const bool stays = hole <= j ? (hole < home && home <= j) : (hole < home || home <= j);
    if (stays)
      continue;
    index_[hole] = index_[j];
    hole = j;
  }
  index_[hole] = 0;
}

}  // namespace rauch::detect
