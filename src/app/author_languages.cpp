#include "app/author_languages.h"

namespace rauch::app {

Result<AuthorLanguages> AuthorLanguages::load(store::Store& store) {
  auto known = store.usual_languages();
  if (!known) return tl::unexpected(known.error());
  AuthorLanguages out;
  out.votes_.reserve(known->size());
  for (store::AuthorLanguage& author : *known) {
    if (out.votes_.size() >= kMaxAuthors) break;
    std::string key(source_name(author.source));
    key += '\x1f';
    key += author.author_id;
    // Seeded with the least lead that counts as usual: a few posts in another language
    // in this run can still change it.
    out.votes_[std::move(key)] = LanguageVote{std::move(author.language), LanguageVote::kMinLead};
  }
  return out;
}

const std::string& AuthorLanguages::key_of(const Post& post) {
  key_.assign(source_name(post.source));
  key_ += '\x1f';
  key_ += post.author.id;
  return key_;
}

std::string_view AuthorLanguages::usual(const Post& post) {
  if (post.author.id.empty()) return {};
  const auto it = votes_.find(key_of(post));
  return it == votes_.end() ? std::string_view() : it->second.usual();
}

void AuthorLanguages::note(const Post& post, std::string_view language,
                           std::string_view language_source) {
  if (post.author.id.empty() || language_source != "detected") return;
  const std::string& key = key_of(post);
  auto it = votes_.find(key);
  if (it == votes_.end()) {
    if (votes_.size() >= kMaxAuthors) return;
    it = votes_.emplace(key, LanguageVote{}).first;
  }
  it->second.add(language);
}

}  // namespace rauch::app
