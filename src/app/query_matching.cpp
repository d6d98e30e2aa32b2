#include "app/query_matching.h"

#include "query/syntax/parser.h"

namespace rauch::app {

Result<std::shared_ptr<const query::Matcher>> compile_queries(
    std::span<const store::QueryRecord> records, const query::TokenFrequencies* frequencies) {
  std::vector<query::QuerySpec> specs;
  specs.reserve(records.size());
  for (const store::QueryRecord& record : records) {
    auto root = query::parse(record.text);
    if (!root) {
      return make_error(ErrorCode::kInvalidArgument,
                        "query " + record.id + ": " + root.error().message());
    }
    specs.push_back({record.id, std::move(*root)});
  }
  query::CompileOptions options;
  options.frequencies = frequencies;
  return query::Matcher::compile(specs, options);
}

Result<query::TokenFrequencies> sample_frequencies(store::Store& store, std::int64_t sample) {
  store::PostFilter filter;
  filter.limit = sample;
  auto posts = store.list_posts(filter);
  if (!posts)
    return tl::unexpected(posts.error());
  query::TokenFrequencies frequencies;
  query::Document document;
  for (const Post& post : *posts) {
    document.assign(post);
    frequencies.add(document.tokens());
  }
  frequencies.finish();
  return frequencies;
}

query::AnalysisLabels labels_of(const PostAnalysis& analysis) {
  return {analysis.sentiment_label, analysis.intent,
          analysis.language == "und" ? std::string_view() : std::string_view(analysis.language)};
}

void BatchMatcher::match(std::span<const Post> posts, std::span<const PostAnalysis> analyses,
                         std::vector<std::vector<std::string>>& matches) {
  matches.resize(posts.size());
  for (std::size_t i = 0; i < posts.size(); ++i) {
    matches[i].clear();
    document_.assign(posts[i], analyses.empty() ? query::AnalysisLabels{} : labels_of(analyses[i]));
    hits_.clear();
    matcher_->match(document_, scratch_, hits_);
    for (std::uint32_t query : hits_)
      matches[i].push_back(matcher_->id(query));
  }
}

Result<std::shared_ptr<BatchMatcher>> load_stored_queries(store::Store& store) {
  auto records = store.list_queries();
  if (!records)
    return tl::unexpected(records.error());
  if (records->empty())
    return std::shared_ptr<BatchMatcher>();
  auto frequencies = sample_frequencies(store);
  if (!frequencies)
    return tl::unexpected(frequencies.error());
  auto matcher = compile_queries(*records, &*frequencies);
  if (!matcher)
    return tl::unexpected(matcher.error());
  return std::make_shared<BatchMatcher>(std::move(*matcher));
}

}  // namespace rauch::app
