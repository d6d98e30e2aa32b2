#include "app/post_annotator.h"

namespace rauch::app {

void PostAnnotator::annotate(std::span<const Post> posts, ingest::BatchAnnotations& annotations) {
  annotations.analyses.clear();
  if (analyzer_) {
    annotations.analyses.resize(posts.size());
    for (std::size_t i = 0; i < posts.size(); ++i) {
      PostAnalysis& analysis = annotations.analyses[i];
      analyzer_->analyze(posts[i], authors_.usual(posts[i]), scratch_, analysis);
      authors_.note(posts[i], analysis.language, analysis.language_source);
    }
  }
  annotations.matches.clear();
  // A copy, so a concurrent replace_matcher() cannot free the set this batch uses.
  std::shared_ptr<BatchMatcher> matcher;
  {
    std::lock_guard lock(matcher_mutex_);
    matcher = matcher_;
  }
  if (matcher)
    matcher->match(posts, annotations.analyses, annotations.matches);
}

void PostAnnotator::replace_matcher(std::shared_ptr<BatchMatcher> matcher) {
  std::lock_guard lock(matcher_mutex_);
  matcher_ = std::move(matcher);
}

bool PostAnnotator::has_matcher() const {
  std::lock_guard lock(matcher_mutex_);
  return matcher_ != nullptr;
}

Result<std::shared_ptr<PostAnnotator>> make_post_annotator(store::Store& store,
                                                           const AnnotateOptions& options) {
  std::shared_ptr<const text::Analyzer> analyzer;
  AuthorLanguages authors;
  if (options.analyze) {
    auto loaded = AuthorLanguages::load(store);
    if (!loaded) return tl::unexpected(loaded.error());
    authors = std::move(*loaded);
    text::AnalyzerOptions analyzer_options;
    analyzer_options.brand_domains = options.brand_domains;
    auto created = text::Analyzer::create(analyzer_options);
    if (!created) return tl::unexpected(created.error());
    analyzer = std::move(*created);
  }
  auto matcher = load_stored_queries(store);
  if (!matcher) return tl::unexpected(matcher.error());
  return std::make_shared<PostAnnotator>(std::move(analyzer), std::move(*matcher),
                                         std::move(authors));
}

Result<void> reload_saved_queries(store::Store& store, PostAnnotator& annotator) {
  auto matcher = load_stored_queries(store);
  if (!matcher)
    return tl::unexpected(matcher.error());
  annotator.replace_matcher(std::move(*matcher));
  return {};
}

Result<void> annotate_on_ingest(store::Store& store, const AnnotateOptions& options,
                                ingest::IngestOptions& ingest_options) {
  auto made = make_post_annotator(store, options);
  if (!made)
    return tl::unexpected(made.error());
  std::shared_ptr<PostAnnotator> annotator = std::move(*made);
  if (!options.analyze && !annotator->has_matcher())
    return {};
  ingest_options.annotate = [annotator](std::span<const Post> posts,
                                        ingest::BatchAnnotations& annotations) {
    annotator->annotate(posts, annotations);
  };
  return {};
}

}  // namespace rauch::app
