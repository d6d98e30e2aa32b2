#pragma once

// Pages of posts as the list routes answer them (GET /api/v1/posts and an author's
// posts): the filter from the query string, and the page with its keyset cursor.

#include <string>
#include <vector>

#include "core/error.h"
#include "core/post.h"
#include "store/store.h"

namespace httplib {
struct Request;
struct Response;
}  // namespace httplib

namespace rauch::server {

// Full-text search text (`q`) longer than this is refused.
inline constexpr std::size_t kMaxSearchBytes = 1000;

// since, until, source, author, own, q, limit and cursor; kInvalidArgument naming the
// parameter when one is bad.
[[nodiscard]] Result<store::PostFilter> post_filter_of(const httplib::Request& req);

// Answers the posts the store listed for `filter` as {"posts": [...], "next_cursor": ...},
// or its error (a refused search text is a 400 naming q).
void send_post_page(httplib::Response& res, const Result<std::vector<Post>>& posts,
                    const store::PostFilter& filter);

}  // namespace rauch::server
