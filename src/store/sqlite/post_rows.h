#pragma once

// How a Post maps to a row of the posts table: the insert, the columns a read selects,
// and the code that binds and reads them, shared by every statement that touches posts.

#include <cstdint>
#include <optional>
#include <string_view>

#include "core/post.h"
#include "store/sqlite/statement.h"

namespace rauch::store::sqlite {

// Binds as bind_post; a post already stored changes nothing (sqlite3_changes() is 0).
inline constexpr std::string_view kInsertPost = R"sql(
INSERT INTO posts (source, ext_id, created_at, text, title, url, lang, author_id, author_handle,
  author_name, author_followers, author_verified, in_reply_to, conversation_id, kind, rating,
  likes, shares, replies, views, own, extra_json, ingest_id, author_ref)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19,
  ?20, ?21, ?22, ?23, ?24)
ON CONFLICT (source, ext_id) DO NOTHING)sql";

// Adds a new post to the full-text index (migration 10) in put_batch's transaction; binds
// as bind_post_text. Only for posts that were inserted (a duplicate is indexed already).
inline constexpr std::string_view kIndexPostText =
    "INSERT INTO posts_fts (rowid, title, text) VALUES (?1, ?2, ?3)";

// The columns read_post reads, in its order. Qualified, since list_matched_posts joins
// posts (as p) with matches, which also has a created_at.
inline constexpr std::string_view kPostColumns =
    "p.source, p.ext_id, p.created_at, p.text, p.title, p.url, p.lang, p.author_id, "
    "p.author_handle, p.author_name, p.author_followers, p.author_verified, p.in_reply_to, "
    "p.conversation_id, p.kind, p.rating, p.likes, p.shares, p.replies, p.views, p.own, "
    "p.extra_json";

// Reads a row selected with kPostColumns first.
Post read_post(const Statement& stmt);

// Binds the parameters of kInsertPost. ingest_id 0 stores NULL.
void bind_post(Statement& stmt, const Post& post, std::int64_t ingest_id,
               std::optional<std::int64_t> author_ref);

// Binds the parameters of kIndexPostText: title and text exactly as bind_post stores them,
// so FTS5 can remove the same tokens again.
void bind_post_text(Statement& stmt, std::int64_t rowid, const Post& post);

}  // namespace rauch::store::sqlite
