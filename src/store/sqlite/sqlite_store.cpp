#include "store/sqlite/sqlite_store.h"

#include <utility>

#include <fmt/format.h>

#include "store/sqlite/author_registry.h"
#include "store/sqlite/migrations.h"

namespace rauch::store::sqlite {
namespace {

constexpr std::string_view kInsertPost = R"sql(
INSERT INTO posts (source, ext_id, created_at, text, title, url, lang, author_id, author_handle,
  author_name, author_followers, author_verified, in_reply_to, conversation_id, kind, rating,
  likes, shares, replies, views, own, extra_json, ingest_id, author_ref)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19,
  ?20, ?21, ?22, ?23, ?24)
ON CONFLICT (source, ext_id) DO NOTHING)sql";

constexpr std::string_view kAddIngestCounts = R"sql(
UPDATE ingest_log SET lines = lines + ?2, stored = stored + ?3, duplicates = duplicates + ?4,
  rejected = rejected + ?5, blank = blank + ?6 WHERE id = ?1)sql";

constexpr std::string_view kPostColumns =
    "source, ext_id, created_at, text, title, url, lang, author_id, author_handle, author_name, "
    "author_followers, author_verified, in_reply_to, conversation_id, kind, rating, likes, "
    "shares, replies, views, own, extra_json";

std::optional<std::int64_t> optional_int(const Statement& stmt, int column) {
  if (stmt.is_null(column)) {
    return std::nullopt;
  }
  return stmt.column_int64(column);
}

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
  post.author.followers = optional_int(s, 10);
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
  post.metrics.likes = optional_int(s, 16);
  post.metrics.shares = optional_int(s, 17);
  post.metrics.replies = optional_int(s, 18);
  post.metrics.views = optional_int(s, 19);
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

template <typename T>
Result<T> fail(Error error) {
  return tl::unexpected(std::move(error));
}

}  // namespace

struct SqliteStore::Statements {
  Statement insert_post;
  AuthorRegistry authors;
  Statement add_ingest_counts;
  Statement begin;
  Statement commit;
  Statement rollback;
};

SqliteStore::SqliteStore(Connection db, std::unique_ptr<Statements> statements)
    : db_(std::move(db)), statements_(std::move(statements)) {}

SqliteStore::~SqliteStore() = default;

Result<std::unique_ptr<SqliteStore>> SqliteStore::open(const std::string& path,
                                                       const SqliteOptions& options) {
  sqlite3* raw = nullptr;
  const int rc =
      sqlite3_open_v2(path.c_str(), &raw,
                      SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
  Connection db(raw);
  if (rc != SQLITE_OK) {
    Error error = sqlite_error(db.get(), rc, fmt::format("cannot open database {}", path));
    return make_error(ErrorCode::kUnavailable, error.message());
  }
  sqlite3_busy_timeout(db.get(), options.busy_timeout_ms);
  const std::string pragmas = fmt::format(
      "PRAGMA journal_mode = WAL; PRAGMA synchronous = {}; PRAGMA journal_size_limit = 67108864; "
      "PRAGMA cache_size = -{}; PRAGMA wal_autocheckpoint = {};",
      options.sync_full ? "FULL" : "NORMAL", options.cache_kib, options.wal_checkpoint_pages);
  if (auto set = exec(db.get(), pragmas); !set) {
    return make_error(set.error().code(),
                      fmt::format("cannot use {} as a database: {}", path, set.error().message()));
  }
  if (auto migrated = migrate(db.get()); !migrated) {
    return make_error(migrated.error().code(),
                      fmt::format("{}: {}", path, migrated.error().message()));
  }
  // Rebuilds what a bulk load that died before its end had dropped (a no-op otherwise).
  if (auto ensured = ensure_read_indexes(db.get()); !ensured) {
    return make_error(ensured.error().code(),
                      fmt::format("{}: {}", path, ensured.error().message()));
  }
  auto prepare = [&](std::string_view sql) {
    return Statement::prepare(db.get(), sql);
  };
  auto insert = prepare(kInsertPost);
  auto authors = AuthorRegistry::create(db.get());
  auto counts = prepare(kAddIngestCounts);
  auto begin = prepare("BEGIN IMMEDIATE");
  auto commit = prepare("COMMIT");
  auto rollback = prepare("ROLLBACK");
  if (!authors) {
    return fail<std::unique_ptr<SqliteStore>>(authors.error());
  }
  for (auto* stmt : {&insert, &counts, &begin, &commit, &rollback}) {
    if (!*stmt) {
      return fail<std::unique_ptr<SqliteStore>>(stmt->error());
    }
  }
  auto statements = std::make_unique<Statements>(
      Statements{std::move(*insert), std::move(*authors), std::move(*counts), std::move(*begin),
                 std::move(*commit), std::move(*rollback)});
  return std::unique_ptr<SqliteStore>(new SqliteStore(std::move(db), std::move(statements)));
}

Result<PutResult> SqliteStore::put_batch(const Batch& batch) {
  Statements& st = *statements_;
  st.begin.reset();
  if (auto begun = st.begin.run(); !begun) {
    return fail<PutResult>(begun.error());
  }
  auto written = write_batch(batch);
  st.commit.reset();
  if (written) {
    if (auto committed = st.commit.run(); committed) {
      return written;
    } else {
      written = fail<PutResult>(committed.error());
    }
  }
  st.rollback.reset();
  (void)st.rollback.run();
  st.authors.forget();
  return written;
}

Result<PutResult> SqliteStore::write_batch(const Batch& batch) {
  Statements& st = *statements_;
  PutResult result;
  for (const Post& post : batch.posts) {
    std::optional<std::int64_t> author_ref;
    AuthorRegistry::Known* author = nullptr;
    if (!post.author.empty()) {
      auto resolved = st.authors.resolve(post);
      if (!resolved) {
        return fail<PutResult>(resolved.error());
      }
      author = *resolved;
      author_ref = author->key;
    }
    st.insert_post.reset();
    bind_post(st.insert_post, post, batch.ingest_id, author_ref);
    if (auto ran = st.insert_post.run(); !ran) {
      return fail<PutResult>(ran.error());
    }
    if (sqlite3_changes(db_.get()) == 0) {
      ++result.duplicates;
      continue;
    }
    ++result.stored;
    if (author != nullptr) {
      if (auto noted = st.authors.note_stored(post, *author); !noted) {
        return fail<PutResult>(noted.error());
      }
    }
  }
  if (auto flushed = st.authors.flush(); !flushed) {
    return fail<PutResult>(flushed.error());
  }
  if (batch.ingest_id != 0) {
    Statement& s = st.add_ingest_counts;
    s.reset();
    s.bind_int64(1, batch.ingest_id);
    s.bind_int64(2, batch.counts.lines);
    s.bind_int64(3, result.stored);
    s.bind_int64(4, result.duplicates);
    s.bind_int64(5, batch.counts.rejected);
    s.bind_int64(6, batch.counts.blank);
    if (auto ran = s.run(); !ran) {
      return fail<PutResult>(ran.error());
    }
  }
  return result;
}

Result<std::vector<Post>> SqliteStore::list_posts(const PostFilter& filter) {
  if (filter.limit < 1 || filter.limit > kMaxListLimit) {
    return make_error(ErrorCode::kInvalidArgument,
                      fmt::format("limit must be between 1 and {}", kMaxListLimit));
  }
  std::string sql = fmt::format("SELECT {} FROM posts WHERE 1", kPostColumns);
  if (filter.since) {
    sql += " AND created_at >= ?1";
  }
  if (filter.until) {
    sql += " AND created_at < ?2";
  }
  if (filter.source) {
    sql += " AND source = ?3";
  }
  std::string_view author = filter.author;
  if (author.starts_with('@')) {
    author.remove_prefix(1);
  }
  if (!author.empty()) {
    sql +=
        " AND author_ref IN (SELECT id FROM authors WHERE ext_id = ?4 OR handle = ?4 COLLATE "
        "NOCASE OR handle = '@' || ?4 COLLATE NOCASE)";
  }
  sql += " ORDER BY created_at DESC, source, ext_id LIMIT ?5";
  auto stmt = Statement::prepare(db_.get(), sql);
  if (!stmt) {
    return fail<std::vector<Post>>(stmt.error());
  }
  if (filter.since) {
    stmt->bind_int64(1, filter.since->ms);
  }
  if (filter.until) {
    stmt->bind_int64(2, filter.until->ms);
  }
  if (filter.source) {
    stmt->bind_text(3, source_name(*filter.source));
  }
  if (!author.empty()) {
    stmt->bind_text(4, author);
  }
  stmt->bind_int64(5, filter.limit);
  std::vector<Post> posts;
  while (true) {
    auto row = stmt->step();
    if (!row) {
      return fail<std::vector<Post>>(row.error());
    }
    if (!*row) {
      break;
    }
    posts.push_back(read_post(*stmt));
  }
  return posts;
}

namespace {

Result<std::int64_t> count_rows(sqlite3* db, std::string_view sql) {
  auto stmt = Statement::prepare(db, sql);
  if (!stmt) {
    return fail<std::int64_t>(stmt.error());
  }
  auto row = stmt->step();
  if (!row) {
    return fail<std::int64_t>(row.error());
  }
  return stmt->column_int64(0);
}

}  // namespace

Result<std::int64_t> SqliteStore::count_posts() {
  return count_rows(db_.get(), "SELECT count(*) FROM posts");
}

Result<std::int64_t> SqliteStore::count_authors() {
  return count_rows(db_.get(), "SELECT count(*) FROM authors");
}

Result<std::optional<AuthorRecord>> SqliteStore::find_author(Source source,
                                                             std::string_view author_id) {
  auto stmt = Statement::prepare(
      db_.get(),
      "SELECT handle, name, followers, verified, first_seen, last_seen FROM authors "
      "WHERE source = ?1 AND ext_id = ?2");
  if (!stmt) {
    return fail<std::optional<AuthorRecord>>(stmt.error());
  }
  stmt->bind_text(1, source_name(source));
  stmt->bind_text(2, author_id);
  auto row = stmt->step();
  if (!row) {
    return fail<std::optional<AuthorRecord>>(row.error());
  }
  if (!*row) {
    return std::optional<AuthorRecord>();
  }
  AuthorRecord record;
  record.source = source;
  record.author.id = author_id;
  record.author.handle = stmt->column_text(0);
  record.author.name = stmt->column_text(1);
  record.author.followers = optional_int(*stmt, 2);
  if (!stmt->is_null(3)) {
    record.author.verified = stmt->column_int64(3) != 0;
  }
  record.first_seen = Timestamp{stmt->column_int64(4)};
  record.last_seen = Timestamp{stmt->column_int64(5)};
  return std::optional<AuthorRecord>(std::move(record));
}

Result<std::int64_t> SqliteStore::begin_ingest(std::string_view file, Timestamp started) {
  auto stmt = Statement::prepare(
      db_.get(), "INSERT INTO ingest_log (file, started, status) VALUES (?1, ?2, 'running')");
  if (!stmt) {
    return fail<std::int64_t>(stmt.error());
  }
  stmt->bind_text(1, file);
  stmt->bind_int64(2, started.ms);
  if (auto ran = stmt->run(); !ran) {
    return fail<std::int64_t>(ran.error());
  }
  return sqlite3_last_insert_rowid(db_.get());
}

Result<void> SqliteStore::finish_ingest(std::int64_t ingest_id, IngestStatus status,
                                        Timestamp finished) {
  auto stmt = Statement::prepare(db_.get(),
                                 "UPDATE ingest_log SET status = ?2, finished = ?3 WHERE id = ?1");
  if (!stmt) {
    return fail<void>(stmt.error());
  }
  stmt->bind_int64(1, ingest_id);
  stmt->bind_text(2, ingest_status_name(status));
  stmt->bind_int64(3, finished.ms);
  if (auto ran = stmt->run(); !ran) {
    return ran;
  }
  if (sqlite3_changes(db_.get()) == 0) {
    return make_error(ErrorCode::kNotFound, fmt::format("no ingest run with id {}", ingest_id));
  }
  return {};
}

Result<std::vector<IngestRun>> SqliteStore::list_ingests(std::int64_t limit) {
  auto stmt = Statement::prepare(db_.get(),
                                 "SELECT id, file, started, finished, status, lines, stored, "
                                 "duplicates, rejected, blank FROM ingest_log ORDER BY id DESC "
                                 "LIMIT ?1");
  if (!stmt) {
    return fail<std::vector<IngestRun>>(stmt.error());
  }
  stmt->bind_int64(1, limit);
  std::vector<IngestRun> runs;
  while (true) {
    auto row = stmt->step();
    if (!row) {
      return fail<std::vector<IngestRun>>(row.error());
    }
    if (!*row) {
      break;
    }
    IngestRun run;
    run.id = stmt->column_int64(0);
    run.file = stmt->column_text(1);
    run.started = Timestamp{stmt->column_int64(2)};
    if (!stmt->is_null(3)) {
      run.finished = Timestamp{stmt->column_int64(3)};
    }
    const std::string_view status = stmt->column_text(4);
    run.status = status == "completed" ? IngestStatus::kCompleted
                 : status == "failed"  ? IngestStatus::kFailed
                                       : IngestStatus::kRunning;
    run.counts = IngestCounts{stmt->column_int64(5), stmt->column_int64(6), stmt->column_int64(7),
                              stmt->column_int64(8), stmt->column_int64(9)};
    runs.push_back(std::move(run));
  }
  return runs;
}

Result<void> SqliteStore::begin_bulk_load() { return drop_read_indexes(db_.get()); }

Result<void> SqliteStore::end_bulk_load() { return ensure_read_indexes(db_.get()); }

Result<int> SqliteStore::schema_version() {
  auto version = count_rows(db_.get(), "PRAGMA user_version");
  if (!version) {
    return fail<int>(version.error());
  }
  return static_cast<int>(*version);
}

}  // namespace rauch::store::sqlite
