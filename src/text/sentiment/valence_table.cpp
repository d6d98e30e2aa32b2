#include "text/sentiment/valence_table.h"

#include <bit>
#include <cstring>

namespace rauch::text::sentiment {
std::uint64_t ValenceTable::hash(std::string_view key) {
  std::uint64_t h = 14695981039346656037ULL;
  for (char c : key)
    h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ULL;
  return h ^ (h >> 29);
}

ValenceTable::ValenceTable(const std::vector<std::pair<std::string, float>>& entries) {
  // Load factor at most 1/2 keeps probe chains short.
  const std::size_t capacity = std::bit_ceil(entries.size() * 2 + 2);
  slots_.assign(capacity, Slot{});
  const std::size_t mask = capacity - 1;
  for (const auto& [key, value] : entries) {
    if (key.empty())
      continue;
    const std::uint64_t h = hash(key);
    for (std::size_t i = h & mask;; i = (i + 1) & mask) {
      Slot& s = slots_[i];
      if (s.length == 0) {
        s = Slot{h, static_cast<std::uint32_t>(arena_.size()),
                 static_cast<std::uint32_t>(key.size()), value};
        arena_ += key;
        ++size_;
        break;
      }
      if (s.hash == h && std::string_view(arena_).substr(s.offset, s.length) == key) {
        s.value = value;
        break;
      }
    }
  }
}

const float* ValenceTable::find(std::string_view key, std::uint64_t h) const {
  if (slots_.empty() || key.empty())
    return nullptr;
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t i = h & mask;; i = (i + 1) & mask) {
    const Slot& s = slots_[i];
    if (s.length == 0)
      return nullptr;
    if (s.hash == h && s.length == key.size() &&
        std::memcmp(arena_.data() + s.offset, key.data(), key.size()) == 0)
      return &s.value;
  }
}

}  // namespace rauch::text::sentiment
