#pragma once

// How often folded tokens occur in a sample of posts. The matcher uses it at compile time
// to choose, per query, the rarest literals the query cannot match without: a query
// `velora AND rückruf` should be looked at only for posts that mention "rückruf".

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "text/tokens.h"

namespace rauch::query {

class TokenFrequencies {
 public:
  // Counts the tokens of one tokenized text (call once per sampled post).
  void add(const text::TokenizedText& tokens);
  // Sorts the counts for lookups; call after the last add().
  void finish();

  std::uint64_t documents() const { return documents_; }
  // Occurrences of the folded token.
  std::uint64_t count(std::string_view folded_token) const;
  // Occurrences of all folded tokens that start with `prefix`.
  std::uint64_t count_prefix(std::string_view prefix) const;

 private:
  void merge();  // Sorts counts_ and sums the entries of equal tokens.

  std::vector<std::pair<std::string, std::uint64_t>> counts_;  // Sorted after finish().
  std::uint64_t documents_ = 0;
  bool finished_ = false;
};

}  // namespace rauch::query
