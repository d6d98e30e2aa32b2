#include "store/sqlite/post_rows.h"

namespace rauch::store::sqlite {

Post read_post(const Statement& s) {
  Post post;
  post.source = source_from_name(s.column_text(0)).value_or(Source::kOther);
  post.id = s.column_text(1);
  post.created_at = Timestamp{s.column_int64(2)};
  post.text = s.column_text(3);
  post.title = s.column_text(4);
  post.url = s.column_text(5);
  post.lang = s.column_text(6);
  post.author.id = s.column_text(7);
  post.author.handle = s.column_text(8);
  post.author.name = s.column_text(9);
  post.author.followers = s.column_int64_or_null(10);
  if (!s.is_null(11)) {
    post.author.verified = s.column_int64(11) != 0;
  }
  post.in_reply_to = s.column_text(12);
  post.conversation_id = s.column_text(13);
  if (!s.is_null(14)) {
    post.kind = post_kind_from_name(s.column_text(14));
  }
  if (!s.is_null(15)) {
    post.rating = s.column_double(15);
  }
  post.metrics.likes = s.column_int64_or_null(16);
  post.metrics.shares = s.column_int64_or_null(17);
  post.metrics.replies = s.column_int64_or_null(18);
  post.metrics.views = s.column_int64_or_null(19);
  post.own = s.column_int64(20) != 0;
  post.extra_json = s.column_text(21);
  return post;
}

void bind_post(Statement& s, const Post& post, std::int64_t ingest_id,
               std::optional<std::int64_t> author_ref) {
  s.bind_text(1, source_name(post.source));
  s.bind_text(2, post.id);
  s.bind_int64(3, post.created_at.ms);
  s.bind_text(4, post.text);
  s.bind_text_or_null(5, post.title);
  s.bind_text_or_null(6, post.url);
  s.bind_text_or_null(7, post.lang);
  s.bind_text_or_null(8, post.author.id);
  s.bind_text_or_null(9, post.author.handle);
  s.bind_text_or_null(10, post.author.name);
  s.bind_int64(11, post.author.followers);
  s.bind_bool(12, post.author.verified);
  s.bind_text_or_null(13, post.in_reply_to);
  s.bind_text_or_null(14, post.conversation_id);
  if (post.kind) {
    s.bind_text(15, post_kind_name(*post.kind));
  }
  s.bind_double(16, post.rating);
  s.bind_int64(17, post.metrics.likes);
  s.bind_int64(18, post.metrics.shares);
  s.bind_int64(19, post.metrics.replies);
  s.bind_int64(20, post.metrics.views);
  s.bind_int64(21, post.own ? 1 : 0);
  s.bind_text_or_null(22, post.extra_json);
  if (ingest_id != 0) {
    s.bind_int64(23, ingest_id);
  }
  s.bind_int64(24, author_ref);
}

void bind_post_text(Statement& s, std::int64_t rowid, const Post& post) {
  s.bind_int64(1, rowid);
  s.bind_text_or_null(2, post.title);
  s.bind_text(3, post.text);
}

}  // namespace rauch::store::sqlite
