#pragma once

// Who posted in each of the last minutes, for reach = the sum of followers over the
// distinct authors of a window (an author posting ten times counts once). A ring of one
// slot per minute of the longest window; each slot keeps up to `cap` distinct authors.
//
// Above the cap a slot keeps a priority sample (Duffield, Lund, Thorup): author a with
// weight w = followers + 1 gets priority w / u(a), where u(a) in (0, 1] comes from the
// author's hash, so the same author has the same priority in every minute; the slot keeps
// the cap highest priorities and remembers tau, the highest priority it dropped. Every
// author above tau is in the slot, so accounts far above the others (the reach that
// matters) are always kept exactly. A window uses the largest tau of its minutes and
// counts each kept author above it with the inverse of its inclusion probability
// min(1, w / tau): unbiased estimates of reach and of distinct authors. Without overflow
// tau is 0 and everything is exact.
//
// Fixed memory: minutes * cap entries plus a scratch set of twice that many keys.

#include <cstddef>
#include <cstdint>
#include <vector>

namespace rauch::detect {

struct WindowSum {
  double authors = 0;
  double reach = 0;
};

class AuthorMinutes {
 public:
  // minutes >= 1 (the longest window), cap >= 1.
  AuthorMinutes(std::size_t minutes, std::size_t cap);

  // An author posted in the open minute; followers < 0 (unknown) counts as 0.
  void add(std::uint64_t author_key, std::int64_t followers);
  // Closes the open minute as minute `minute` (an index, increasing) and sums each window
  // of window_minutes[i] (<= minutes) minutes ending with it into out[i]; then opens the
  // next slot. O(authors kept in the longest window).
  void close(std::int64_t minute, const std::int64_t* window_minutes, WindowSum* out,
             std::size_t windows);

  std::size_t memory_bytes() const;

 private:
  static double priority(std::uint64_t key, std::uint32_t followers);

  std::size_t minutes_, cap_;
  // Slot s holds entries [s * cap_, s * cap_ + count_[s]).
  std::vector<std::uint64_t> keys_;
  std::vector<std::uint32_t> followers_;
  std::vector<std::uint32_t> count_;
  std::vector<double> tau_;
  std::vector<std::int64_t> stamp_;  // minute index of the slot; min() = empty
  std::size_t open_ = 0;
  // Scratch of close(): open addressing over author keys (0 = empty); only the part a
  // close needs (twice its entries, a power of two) is used and cleared.
  std::vector<std::uint64_t> set_;
};

}  // namespace rauch::detect
