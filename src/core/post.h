#pragma once

// A Post is one item from the social web (a tweet, a comment, a review, a news article),
// as described by the input contract in docs/input-format.md. Posts are values: a stage
// of the pipeline takes a Post and adds to it; no stage reaches back.

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "core/timestamp.h"

namespace rauch {

// Where a post was published. The order is stable: stores persist the number.
enum class Source : std::uint8_t {
  kTwitter,
  kX,
  kFacebook,
  kInstagram,
  kMastodon,
  kBluesky,
  kReddit,
  kYoutube,
  kForum,
  kBlog,
  kNews,
  kReview,
  kEmail,
  kOther,
};

// What kind of item a post is. The order is stable: stores persist the number.
enum class PostKind : std::uint8_t { kPost, kComment, kReply, kShare, kDm, kReview };

// The contract's names ("twitter", "dm"), and their inverses (nullopt for unknown names).
std::string_view source_name(Source source);
std::optional<Source> source_from_name(std::string_view name);
std::span<const std::string_view> all_source_names();
std::string_view post_kind_name(PostKind kind);
std::optional<PostKind> post_kind_from_name(std::string_view name);
std::span<const std::string_view> all_post_kind_names();

// "twitter:t-123": how detection and incidents name a post (with the post's id) or an
// author (with the author's id) across networks. assign_ reuses `out`'s capacity, for hot
// paths.
void assign_source_key(Source source, std::string_view id, std::string& out);
std::string source_key(Source source, std::string_view id);

// The person or account behind a post. An empty id means the post named no author.
struct Author {
  std::string id;
  std::string handle;
  std::string name;
  std::optional<std::int64_t> followers;
  std::optional<bool> verified;

  bool empty() const { return id.empty(); }
  friend bool operator==(const Author&, const Author&) = default;
};

// Engagement counters as reported by the source at collection time.
struct Metrics {
  std::optional<std::int64_t> likes;
  std::optional<std::int64_t> shares;
  std::optional<std::int64_t> replies;
  std::optional<std::int64_t> views;

  bool empty() const { return !likes && !shares && !replies && !views; }
  friend bool operator==(const Metrics&, const Metrics&) = default;
};

struct Post {
  // Required by the contract.
  std::string id;  // Unique within source.
  Source source = Source::kOther;
  std::string text;
  Timestamp created_at;

  // Optional; empty strings and nullopt mean "not given".
  std::string url;
  std::string lang;
  Author author;
  std::string in_reply_to;
  std::string conversation_id;
  std::optional<PostKind> kind;
  std::optional<double> rating;
  Metrics metrics;
  bool own = false;  // Written by one of the brand's own accounts.
  std::string title;

  // Fields the contract does not know, kept verbatim as one JSON object ("" when none),
  // so that nothing a source sends is lost.
  std::string extra_json;

  // Resets every field while keeping string capacity, so a decoder can reuse one Post
  // per thread without allocating per line.
  void clear();

  friend bool operator==(const Post&, const Post&) = default;
};

// Limits of the input contract, enforced by every decoder.
inline constexpr std::size_t kMaxPostLineBytes = 1 << 20;  // One NDJSON line, 1 MiB.
inline constexpr std::size_t kMaxIdBytes = 256;            // id, author.id, in_reply_to, ...

}  // namespace rauch
