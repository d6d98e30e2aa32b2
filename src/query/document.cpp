#include "query/document.h"

#include "core/assert.h"
#include "query/detail/extra_field.h"

namespace rauch::query {

void Document::assign(const Post& post, AnalysisLabels labels) {
  post_ = &post;
  labels_ = labels;
  tokens_.clear();
  links_.clear();

  text::tokenize(post.title, tokens_);
  title_end_ = static_cast<std::uint32_t>(tokens_.tokens.size());
  for (const text::Link& link : tokens_.links) {
    links_.push_back({true, link.source_begin, link.source_end});
  }
  const std::size_t title_links = tokens_.links.size();
  text::append_boundary(tokens_);
  text::tokenize(post.text, tokens_);
  for (std::size_t i = title_links; i < tokens_.links.size(); ++i) {
    links_.push_back({false, tokens_.links[i].source_begin, tokens_.links[i].source_end});
  }
  country_.clear();
  detail::extract_top_level_string(post.extra_json, "country", country_);
}

std::string_view Document::link(std::size_t i) const {
  RAUCH_ASSERT(i < links_.size(), "link index out of range");
  const LinkRef& ref = links_[i];
  const std::string& source = ref.in_title ? post_->title : post_->text;
  return std::string_view(source).substr(ref.begin, ref.end - ref.begin);
}

}  // namespace rauch::query
