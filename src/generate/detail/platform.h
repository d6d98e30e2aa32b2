#pragma once

// What platforms make of a post: id prefixes per source ("t-00001234") and platform-like
// URLs (https://twitter.com/<handle>/status/<n>, https://www.reddit.com/r/...).

#include <cstdint>
#include <string>
#include <string_view>

#include "core/post.h"

namespace rauch::generate::detail {

// The id prefix of a source; prefixes are distinct and none is a prefix of another.
std::string_view id_prefix(Source source);
// The position of the prefix in alphabetical order, so that sorting by (created_at,
// rank, number) equals sorting by (created_at, id).
int id_prefix_rank(Source source);

// Appends "<prefix>-<number, 8 digits>".
void append_post_id(Source source, std::uint64_t number, std::string& out);

// Appends the post's URL on its platform; `number` is the id's number. Nothing for DMs.
void append_post_url(const Post& post, std::uint64_t number, std::string& out);

// Appends a URL slug of a title: ASCII lower case, umlauts folded, words joined by '-'.
void append_slug(std::string_view title, std::string& out);

}  // namespace rauch::generate::detail
