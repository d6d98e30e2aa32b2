#pragma once

// A read-only map from a token form (bytes) to a float, built once and probed on the hot
// path: open addressing over a power-of-two array with the keys in one arena, so a
// lookup is a hash, one or two probes and a memcmp, and never allocates.

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace rauch::text::sentiment {

class ValenceTable {
 public:
  ValenceTable() = default;
  // Later entries replace earlier ones with the same key.
  explicit ValenceTable(const std::vector<std::pair<std::string, float>>& entries);

  // The hash find() uses, so that one word can be probed in several tables hashed once.
  static std::uint64_t hash(std::string_view key);

  // The value of `key`, or nullptr. `hash` must be hash(key).
  const float* find(std::string_view key) const { return find(key, hash(key)); }
  const float* find(std::string_view key, std::uint64_t hash) const;
  bool contains(std::string_view key) const { return find(key) != nullptr; }
  bool contains(std::string_view key, std::uint64_t hash) const {
    return find(key, hash) != nullptr;
  }
  std::size_t size() const { return size_; }

 private:
  struct Slot {
    std::uint64_t hash = 0;
    std::uint32_t offset = 0;
    std::uint32_t length = 0;  // 0 = empty (empty keys are never stored)
    float value = 0;
  };
  std::vector<Slot> slots_;
  std::string arena_;
  std::size_t size_ = 0;
};

}  // namespace rauch::text::sentiment
