#pragma once

// A read-only map from a token form (bytes) to a small value, built once and probed on
// the hot path: open addressing over a power-of-two array with the keys in one arena, so a
// lookup is a hash, one or two probes and a memcmp, and never allocates. The word lists
// of the analyzers (sentiment lexicons, phrase tables, function words) use it.

#include <bit>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace rauch::text {

template <class Value>
class StringTable {
 public:
  StringTable() = default;
  // Later entries replace earlier ones with the same key; empty keys are ignored.
  template <class Entries>
  explicit StringTable(const Entries& entries) {
    // Load factor at most 1/2 keeps probe chains short.
    const std::size_t capacity = std::bit_ceil(std::size(entries) * 2 + 2);
    slots_.assign(capacity, Slot{});
    const std::size_t mask = capacity - 1;
    filter_.assign(std::bit_ceil(std::size(entries) * kFilterBitsPerKey / 64 + 1), 0);
    for (const auto& [key, value] : entries) {
      const std::string_view k = key;
      if (k.empty())
        continue;
      const std::uint64_t h = hash(k);
      for (std::size_t i = h & mask;; i = (i + 1) & mask) {
        Slot& s = slots_[i];
        if (s.length == 0) {
          s = Slot{check_of(h), static_cast<std::uint32_t>(arena_.size()),
                   static_cast<std::uint32_t>(k.size()), value};
          arena_ += k;
          ++size_;
          const std::uint64_t bit = filter_bit(h);
          filter_[bit / 64] |= std::uint64_t{1} << (bit % 64);
          break;
        }
        if (s.check == check_of(h) && std::string_view(arena_).substr(s.offset, s.length) == k) {
          s.value = value;
          break;
        }
      }
    }
  }

  // FNV-1a with a final mix: cheap for the short keys of word lists. Public so that one
  // word can be probed in several tables hashed once.
  static std::uint64_t hash(std::string_view key) {
    std::uint64_t h = 14695981039346656037ULL;
    for (char c : key)
      h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ULL;
    return h ^ (h >> 29);
  }

  // The value of `key`, or nullptr. `hash` must be hash(key).
  const Value* find(std::string_view key) const { return find(key, hash(key)); }
  const Value* find(std::string_view key, std::uint64_t h) const {
    if (slots_.empty() || key.empty())
      return nullptr;
    // Most words of a post are in no list: the filter (small enough to stay in the L1
    // cache) turns them away before the slot array (which is not) is touched.
    const std::uint64_t bit = filter_bit(h);
    if (((filter_[bit / 64] >> (bit % 64)) & 1) == 0)
      return nullptr;
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = h & mask;; i = (i + 1) & mask) {
      const Slot& s = slots_[i];
      if (s.length == 0)
        return nullptr;
      if (s.check == check_of(h) && s.length == key.size() &&
          std::memcmp(arena_.data() + s.offset, key.data(), key.size()) == 0)
        return &s.value;
    }
  }
  bool contains(std::string_view key) const { return find(key) != nullptr; }
  bool contains(std::string_view key, std::uint64_t h) const { return find(key, h) != nullptr; }
  std::size_t size() const { return size_; }

 private:
  // One bit per key in a bitmap of about kFilterBitsPerKey bits per key (a Bloom filter
  // with one hash function: about 6% of absent words pass it).
  static constexpr std::size_t kFilterBitsPerKey = 16;
  std::uint64_t filter_bit(std::uint64_t h) const {
    // The high bits: the slot index uses the low ones.
    return (h >> 40) & (filter_.size() * 64 - 1);
  }

  // The upper half of the hash, to compare before the key: 16-byte slots (for 4-byte
  // values) keep more of the table in the cache than the whole hash would.
  static std::uint32_t check_of(std::uint64_t h) { return static_cast<std::uint32_t>(h >> 32); }

  struct Slot {
    std::uint32_t check = 0;
    std::uint32_t offset = 0;
    std::uint32_t length = 0;  // 0 = empty (empty keys are never stored)
    Value value{};
  };
  std::vector<Slot> slots_;
  std::vector<std::uint64_t> filter_;
  std::string arena_;
  std::size_t size_ = 0;
};

}  // namespace rauch::text
