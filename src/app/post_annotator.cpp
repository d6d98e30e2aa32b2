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
  if (matcher_) matcher_->match(posts, annotations.analyses, annotations.matches);
}

Result<void> annotate_on_ingest(store::Store& store, const AnnotateOptions& options,
                                ingest::IngestOptions& ingest_options) {
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
  if (!analyzer && !*matcher) return {};
  auto annotator =
      std::make_shared<PostAnnotator>(std::move(analyzer), std::move(*matcher), std::move(authors));
  ingest_options.annotate = [annotator](std::span<const Post> posts,
                                        ingest::BatchAnnotations& annotations) {
    annotator->annotate(posts, annotations);
  };
  return {};
}

}  // namespace rauch::app
