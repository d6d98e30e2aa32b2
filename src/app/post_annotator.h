#pragma once

// Annotates ingested batches before they are stored: text analysis of every post first
// (so saved queries can filter on sentiment:, intent: and the detected language), then
// matching against the saved queries. Wired into ingest through IngestOptions::annotate.
// The query set can be swapped while ingest runs (the server does when queries change).

#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "app/author_languages.h"
#include "app/query_matching.h"
#include "core/error.h"
#include "ingest/ingest_stream.h"
#include "store/store.h"
#include "text/analysis/analyzer.h"

namespace rauch::app {

struct AnnotateOptions {
  bool analyze = true;
  std::vector<std::string> brand_domains;  // For lookalike links (--brand-domain).
};

class PostAnnotator {
 public:
  // Either part may be null (not configured / no saved queries). `authors` gives the
  // author's usual language for posts too short to detect.
  PostAnnotator(std::shared_ptr<const text::Analyzer> analyzer,
                std::shared_ptr<BatchMatcher> matcher, AuthorLanguages authors = {})
      : analyzer_(std::move(analyzer)), matcher_(std::move(matcher)), authors_(std::move(authors)) {}

  // Used by one thread at a time (the ingest decoding thread).
  void annotate(std::span<const Post> posts, ingest::BatchAnnotations& annotations);

  // Matches the batches annotated from now on against `matcher` (null: no saved queries).
  // Any thread, also while annotate() runs: the batch in progress finishes with the old set.
  void replace_matcher(std::shared_ptr<BatchMatcher> matcher);
  bool has_matcher() const;

 private:
  std::shared_ptr<const text::Analyzer> analyzer_;
  mutable std::mutex matcher_mutex_;  // Protects matcher_ (the pointer, not the matcher).
  std::shared_ptr<BatchMatcher> matcher_;
  AuthorLanguages authors_;
  text::AnalysisScratch scratch_;
};

// Builds the analyzer (unless options.analyze is false) and the matcher of the saved
// queries of `store` (none when no query is saved).
[[nodiscard]] Result<std::shared_ptr<PostAnnotator>> make_post_annotator(
    store::Store& store, const AnnotateOptions& options);

// Compiles the saved queries of `store` anew and gives them to `annotator`, so posts
// annotated after it returns are matched against the queries saved now. On an error the
// annotator keeps its previous set.
[[nodiscard]] Result<void> reload_saved_queries(store::Store& store, PostAnnotator& annotator);

// make_post_annotator, and sets ingest_options.annotate when there is anything to do.
[[nodiscard]] Result<void> annotate_on_ingest(store::Store& store, const AnnotateOptions& options,
                                              ingest::IngestOptions& ingest_options);

}  // namespace rauch::app
