#pragma once

// The bounded list of terms the new-topic detector follows closely (a heavy-hitter list
// over "recent excess": posts with the term beyond what its usual share predicts). All
// per-term state lives here and only here, in fixed-size slots: display form, authors,
// networks, sample posts, hold. A hash index finds a term's slot in O(1); nothing here
// allocates after construction.

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace rauch::detect {

// Text of at most N - 1 bytes stored inline; longer text is cut at a UTF-8 character
// boundary (display forms and post keys are short; a cut one still identifies the term).
template <std::size_t N>
class FixedText {
 public:
  void assign(std::string_view s) {
    std::size_t n = s.size() < N ? s.size() : N - 1;
    while (n > 0 && n < s.size() && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80)
      --n;
    for (std::size_t i = 0; i < n; ++i)
      data_[i] = s[i];
    size_ = static_cast<std::uint8_t>(n);
  }
  // Appends " " + s if it fits whole (bigrams: the second word).
  void append_word(std::string_view s) {
    if (size_ + 1 + s.size() >= N)
      return;
    data_[size_] = ' ';
    for (std::size_t i = 0; i < s.size(); ++i)
      data_[size_ + 1 + i] = s[i];
    size_ = static_cast<std::uint8_t>(size_ + 1 + s.size());
  }
  std::string_view view() const { return std::string_view(data_.data(), size_); }

 private:
  static_assert(N <= 256);
  std::array<char, N> data_{};
  std::uint8_t size_ = 0;
};

struct TopicCandidate {
  static constexpr std::size_t kSamples = 3;
  std::uint64_t hash = 0;
  double recent = 0;          // posts with the term, in units of the recent scale
  double usual_share = 0;     // its usual share as of the last closed minute (or entry)
  double score_scale = 1;     // 1 / sqrt(expected recent posts + 0.1), ditto (ranking)
  double minute_learned = 0;  // posts of the open minute that the history sketch learnt
  double withheld = 0;        // history-scale units held back from the history while hot
  std::int64_t hot_since = 0;   // minute from which the withheld counts accumulate
  std::int64_t hold_until = 0;  // minute from which the term may be announced again
  bool hot = false;             // above the bar at the last closed minute
  bool touched = false;         // gained a post in the open minute (tested at its close)
  std::uint8_t samples = 0;
  // Distinct authors since the term entered the list: linear counting over 256 bits.
  std::array<std::uint64_t, 4> author_bits{};
  std::uint64_t source_bits = 0;  // networks (core Source values below 64)
  FixedText<64> display;
  std::array<FixedText<64>, kSamples> sample_posts;

  void add_author(std::uint64_t author_key);
  std::int64_t authors() const;
  std::int64_t sources() const;
};

class TopicCandidates {
 public:
  explicit TopicCandidates(std::size_t capacity);

  std::size_t size() const { return size_; }
  std::size_t capacity() const { return slots_.size(); }
  bool full() const { return size_ == slots_.size(); }
  TopicCandidate& operator[](std::size_t slot) { return slots_[slot]; }
  const TopicCandidate& operator[](std::size_t slot) const { return slots_[slot]; }

  // The slot of the term with this hash, or -1.
  std::ptrdiff_t find(std::uint64_t hash) const;
  // Gives the term `hash` a fresh slot: the next free one, else `victim` (whose term is
  // dropped). Returns the slot.
  std::size_t admit(std::uint64_t hash, std::size_t victim);

  std::size_t memory_bytes() const {
    return slots_.capacity() * sizeof(TopicCandidate) + index_.capacity() * sizeof(std::uint16_t);
  }

 private:
  void index_insert(std::uint64_t hash, std::size_t slot);
  void index_erase(std::uint64_t hash);

  std::vector<TopicCandidate> slots_;
  std::size_t size_ = 0;
  // Open addressing with linear probing, load <= 1/4; entries are slot + 1, 0 = empty.
  std::vector<std::uint16_t> index_;
  std::size_t mask_ = 0;
};

}  // namespace rauch::detect
