#pragma once

// A Document is a post prepared for matching: its title and text tokenized once (by the
// shared tokenizer of text/), the hosts of its links, and the labels of text analysis.
// The matcher and the field predicates read it; nothing writes it but assign().

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/post.h"
#include "text/tokens.h"

namespace rauch::query {

// Labels from text analysis that queries can filter on (sentiment:, intent:). Empty
// means "not analyzed": a sentiment: or intent: filter then does not match.
struct AnalysisLabels {
  std::string_view sentiment;
  std::string_view intent;
  std::string_view language;  // Detected language; when empty, lang: uses Post::lang.
};

class Document {
 public:
  // Tokenizes `post` (title, a boundary, then text). `post` must outlive the Document's
  // use until the next assign(). Reuses its buffers: no allocation once warmed up.
  void assign(const Post& post, AnalysisLabels labels = {});

  const Post& post() const { return *post_; }
  const AnalysisLabels& labels() const { return labels_; }
  const text::TokenizedText& tokens() const { return tokens_; }

  // Tokens [0, title_end()) come from the title; the boundary token sits at title_end().
  std::uint32_t title_end() const { return title_end_; }

  // The URLs linked in the title and text (not the post's own url).
  std::size_t link_count() const { return links_.size(); }
  std::string_view link(std::size_t i) const;

  // The value of the post's top-level "country" field (an unknown field of the input
  // contract), or "" when it has none.
  std::string_view country() const { return country_; }

 private:
  struct LinkRef {
    bool in_title;
    std::uint32_t begin;
    std::uint32_t end;
  };

  const Post* post_ = nullptr;
  AnalysisLabels labels_;
  text::TokenizedText tokens_;
  std::uint32_t title_end_ = 0;
  std::vector<LinkRef> links_;
  std::string country_;
};

}  // namespace rauch::query
