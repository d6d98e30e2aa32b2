#include "core/post.h"

#include <array>

namespace rauch {
namespace {

// Indexed by the enum's value; the order must match Source and PostKind.
constexpr std::array<std::string_view, 14> kSourceNames = {
    "twitter", "x",     "facebook", "instagram", "mastodon", "bluesky", "reddit",
    "youtube", "forum", "blog",     "news",      "review",   "email",   "other"};
constexpr std::array<std::string_view, 6> kKindNames = {"post",  "comment", "reply",
                                                        "share", "dm",      "review"};

}  // namespace

std::string_view source_name(Source source) {
  return kSourceNames.at(static_cast<std::size_t>(source));
}

std::optional<Source> source_from_name(std::string_view name) {
  for (std::size_t i = 0; i < kSourceNames.size(); ++i) {
    if (kSourceNames[i] == name) {
      return static_cast<Source>(i);
    }
  }
  return std::nullopt;
}

std::span<const std::string_view> all_source_names() { return kSourceNames; }

std::string_view post_kind_name(PostKind kind) {
  return kKindNames.at(static_cast<std::size_t>(kind));
}

std::optional<PostKind> post_kind_from_name(std::string_view name) {
  for (std::size_t i = 0; i < kKindNames.size(); ++i) {
    if (kKindNames[i] == name) {
      return static_cast<PostKind>(i);
    }
  }
  return std::nullopt;
}

std::span<const std::string_view> all_post_kind_names() { return kKindNames; }

void Post::clear() {
  id.clear();
  source = Source::kOther;
  text.clear();
  created_at = {};
  url.clear();
  lang.clear();
  author.id.clear();
  author.handle.clear();
  author.name.clear();
  author.followers.reset();
  author.verified.reset();
  in_reply_to.clear();
  conversation_id.clear();
  kind.reset();
  rating.reset();
  metrics = {};
  own = false;
  title.clear();
  extra_json.clear();
}

void assign_source_key(Source source, std::string_view id, std::string& out) {
  out.assign(source_name(source));
  out += ':';
  out += id;
}

std::string source_key(Source source, std::string_view id) {
  std::string out;
  assign_source_key(source, id, out);
  return out;
}

}  // namespace rauch
