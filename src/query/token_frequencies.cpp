#include "query/token_frequencies.h"

#include <algorithm>

#include "core/assert.h"

namespace rauch::query {

void TokenFrequencies::add(const text::TokenizedText& tokens) {
  RAUCH_ASSERT(!finished_, "TokenFrequencies::add after finish");
  ++documents_;
  for (std::size_t i = 0; i < tokens.tokens.size(); ++i) {
    if (tokens.tokens[i].kind == text::TokenKind::kBoundary)
      continue;
    counts_.emplace_back(std::string(tokens.folded_token(i)), 1);
  }
  // Merge now and then so that a large sample does not hold one entry per occurrence.
  if (counts_.size() > (1u << 20))
    merge();
}

void TokenFrequencies::finish() {
  merge();
  finished_ = true;
}

void TokenFrequencies::merge() {
  std::sort(counts_.begin(), counts_.end());
  std::vector<std::pair<std::string, std::uint64_t>> merged;
  for (auto& entry : counts_) {
    if (!merged.empty() && merged.back().first == entry.first) {
      merged.back().second += entry.second;
    } else {
      merged.push_back(std::move(entry));
    }
  }
  counts_ = std::move(merged);
}

std::uint64_t TokenFrequencies::count(std::string_view token) const {
  RAUCH_ASSERT(finished_, "TokenFrequencies used before finish");
  const auto it =
      std::lower_bound(counts_.begin(), counts_.end(), token,
                       [](const auto& entry, std::string_view key) { return entry.first < key; });
  return it != counts_.end() && it->first == token ? it->second : 0;
}

std::uint64_t TokenFrequencies::count_prefix(std::string_view prefix) const {
  RAUCH_ASSERT(finished_, "TokenFrequencies used before finish");
  auto it =
      std::lower_bound(counts_.begin(), counts_.end(), prefix,
                       [](const auto& entry, std::string_view key) { return entry.first < key; });
  std::uint64_t total = 0;
  for (; it != counts_.end() && std::string_view(it->first).starts_with(prefix); ++it) {
    total += it->second;
  }
  return total;
}

}  // namespace rauch::query
