#pragma once

// Wires the saved queries of a store into ingest: compiles them once (with word
// frequencies sampled from the stored posts, so the matcher picks rare literals) and
// matches every ingested batch against them.

#include <memory>
#include <span>
#include <string>
#include <vector>

#include "core/error.h"
#include "ingest/ingest_stream.h"
#include "query/document.h"
#include "query/matcher.h"
#include "store/store.h"

namespace rauch::app {

// Parses and compiles query texts; errors name the query id.
[[nodiscard]] Result<std::shared_ptr<const query::Matcher>> compile_queries(
    std::span<const store::QueryRecord> records, const query::TokenFrequencies* frequencies);

// Word frequencies of up to `sample` of the newest stored posts.
[[nodiscard]] Result<query::TokenFrequencies> sample_frequencies(store::Store& store,
                                                                 std::int64_t sample = 20'000);

// Matches batches of posts against one compiled set. Used by one thread at a time.
class BatchMatcher {
 public:
  explicit BatchMatcher(std::shared_ptr<const query::Matcher> matcher)
      : matcher_(std::move(matcher)) {}

  // matches[i] receives the ids of the queries posts[i] matches. `analyses` (empty, or
  // one per post) supply the labels sentiment:, intent: and lang: filter on.
  void match(std::span<const Post> posts, std::span<const PostAnalysis> analyses,
             std::vector<std::vector<std::string>>& matches);

  const query::Matcher& matcher() const { return *matcher_; }

 private:
  std::shared_ptr<const query::Matcher> matcher_;
  query::MatchScratch scratch_;
  query::Document document_;
  std::vector<std::uint32_t> hits_;
};

// The saved queries of `store` compiled, or nullptr when none are saved.
[[nodiscard]] Result<std::shared_ptr<BatchMatcher>> load_stored_queries(store::Store& store);

// The labels of an analysis, as the matcher's fields read them.
query::AnalysisLabels labels_of(const PostAnalysis& analysis);

}  // namespace rauch::app
