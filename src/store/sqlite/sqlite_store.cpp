#include "store/sqlite/sqlite_store.h"

#include <tuple>
#include <utility>

#include <fmt/format.h>

#include "core/language_vote.h"
#include "store/sqlite/access.h"
#include "store/sqlite/analyses.h"
#include "store/sqlite/author_profiles.h"
#include "store/sqlite/author_registry.h"
#include "store/sqlite/incidents.h"
#include "store/sqlite/match_feed.h"
#include "store/sqlite/match_series.h"
#include "store/sqlite/migrations.h"
#include "store/sqlite/notifications.h"
#include "store/sqlite/post_rows.h"
#include "store/sqlite/queries.h"
#include "store/sqlite/replay.h"
#include "store/sqlite/text_search.h"
#include "store/sqlite/transaction.h"

namespace rauch::store::sqlite {
namespace {

constexpr std::string_view kAddIngestCounts = R"sql(
UPDATE ingest_log SET lines = lines + ?2, stored = stored + ?3, duplicates = duplicates + ?4,
  rejected = rejected + ?5, blank = blank + ?6 WHERE id = ?1)sql";

// Matches of a batch: the rowid and created_at of the new post are known, no lookup.
// OR IGNORE: a query id listed twice for one post is one match.
constexpr std::string_view kInsertMatch =
    "INSERT OR IGNORE INTO matches (query_id, post_rowid, created_at) VALUES (?1, ?2, ?3)";

Result<void> insert_matches(Statement& insert, std::int64_t post_rowid, Timestamp created_at,
                            const std::vector<std::string>& query_ids) {
  for (const std::string& query_id : query_ids) {
    insert.reset();
    insert.bind_text(1, query_id);
    insert.bind_int64(2, post_rowid);
    insert.bind_int64(3, created_at.ms);
    if (auto ran = insert.run(); !ran) {
      return ran;
    }
  }
  return {};
}

}  // namespace

struct SqliteStore::Statements {
  Statement insert_post;
  Statement index_post_text;
  AuthorRegistry authors;
  Statement add_ingest_counts;
  Transactions transactions;
  // Prepared on the first batch with matches, so ingest without matching prepares and
  // runs nothing more than before.
  std::optional<Statement> insert_match;
  std::optional<Statement> insert_analysis;  // Likewise, on the first analyzed batch.
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
  if (options.query_only) {
    if (auto set = exec(db.get(), "PRAGMA query_only = 1;"); !set)
      return fail<std::unique_ptr<SqliteStore>>(set.error());
  }
  auto prepare = [&](std::string_view sql) {
    return Statement::prepare(db.get(), sql);
  };
  auto insert = prepare(kInsertPost);
  auto index_text = prepare(kIndexPostText);
  auto authors = AuthorRegistry::create(db.get());
  auto counts = prepare(kAddIngestCounts);
  auto transactions = Transactions::create(db.get());
  if (!authors) {
    return fail<std::unique_ptr<SqliteStore>>(authors.error());
  }
  if (!transactions) {
    return fail<std::unique_ptr<SqliteStore>>(transactions.error());
  }
  for (auto* stmt : {&insert, &index_text, &counts}) {
    if (!*stmt) {
      return fail<std::unique_ptr<SqliteStore>>(stmt->error());
    }
  }
  auto statements = std::make_unique<Statements>(
      Statements{std::move(*insert), std::move(*index_text), std::move(*authors),
                 std::move(*counts), std::move(*transactions), std::nullopt, std::nullopt});
  return std::unique_ptr<SqliteStore>(new SqliteStore(std::move(db), std::move(statements)));
}

Result<PutResult> SqliteStore::put_batch(const Batch& batch) {
  if (!batch.matches.empty() && batch.matches.size() != batch.posts.size()) {
    return make_error(ErrorCode::kInvalidArgument,
                      fmt::format("a batch of {} posts has matches for {} posts",
                                  batch.posts.size(), batch.matches.size()));
  }
  if (!batch.analyses.empty() && batch.analyses.size() != batch.posts.size()) {
    return make_error(ErrorCode::kInvalidArgument,
                      fmt::format("a batch of {} posts has analyses for {} posts",
                                  batch.posts.size(), batch.analyses.size()));
  }
  Statements& st = *statements_;
  auto written = st.transactions.run([&] { return write_batch(batch); });
  if (!written) {
    st.authors.forget();
  }
  return written;
}

Result<Statement*> SqliteStore::match_inserter() {
  Statements& st = *statements_;
  if (!st.insert_match) {
    auto prepared = Statement::prepare(db_.get(), kInsertMatch);
    if (!prepared) {
      return fail<Statement*>(prepared.error());
    }
    st.insert_match = std::move(*prepared);
  }
  return &*st.insert_match;
}

Result<Statement*> SqliteStore::analysis_inserter() {
  Statements& st = *statements_;
  if (!st.insert_analysis) {
    auto prepared = Statement::prepare(db_.get(), kInsertAnalysis);
    if (!prepared) {
      return fail<Statement*>(prepared.error());
    }
    st.insert_analysis = std::move(*prepared);
  }
  return &*st.insert_analysis;
}

Result<std::int64_t> SqliteStore::replay_posts(
    const ReplayRange& range, const std::function<Result<void>(const ReplayedPost&)>& visit) {
  return sqlite::replay_posts(db_.get(), range, visit);
}

Result<std::optional<ReplayCursor>> SqliteStore::detection_cursor() {
  return sqlite::read_detection_cursor(db_.get());
}

Result<void> SqliteStore::save_detection_cursor(const ReplayCursor& cursor) {
  return sqlite::write_detection_cursor(db_.get(), cursor);
}

Result<std::vector<StoredMatch>> SqliteStore::matches_after(std::int64_t after,
                                                            std::int64_t limit) {
  return sqlite::matches_after(db_.get(), after, limit);
}

Result<std::int64_t> SqliteStore::last_post_position() {
  return sqlite::last_post_position(db_.get());
}

Result<std::optional<Post>> SqliteStore::find_post(Source source, std::string_view post_id) {
  auto stmt = Statement::prepare(
      db_.get(), fmt::format("SELECT {} FROM posts p WHERE p.source = ?1 AND p.ext_id = ?2",
                             kPostColumns));
  if (!stmt) {
    return fail<std::optional<Post>>(stmt.error());
  }
  stmt->bind_text(1, source_name(source));
  stmt->bind_text(2, post_id);
  auto row = stmt->step();
  if (!row) {
    return fail<std::optional<Post>>(row.error());
  }
  if (!*row) {
    return std::optional<Post>();
  }
  return std::optional<Post>(read_post(*stmt));
}

Result<void> SqliteStore::add_user(const UserRecord& user) { return sqlite::add_user(db_.get(), user); }

Result<std::vector<UserRecord>> SqliteStore::list_users() { return sqlite::list_users(db_.get()); }

Result<std::optional<UserRecord>> SqliteStore::find_user(std::string_view name) {
  return sqlite::find_user(db_.get(), name);
}

Result<bool> SqliteStore::remove_user(std::string_view name, Timestamp at) {
  return sqlite::remove_user(db_.get(), name, at);
}

Result<std::int64_t> SqliteStore::add_token(const TokenRecord& token) {
  return sqlite::add_token(db_.get(), token);
}

Result<std::optional<TokenRecord>> SqliteStore::find_token(std::string_view public_id) {
  return sqlite::find_token(db_.get(), public_id);
}

Result<std::vector<TokenRecord>> SqliteStore::list_tokens() { return sqlite::list_tokens(db_.get()); }

Result<TokenRecord> SqliteStore::revoke_token(std::int64_t id, Timestamp at) {
  return sqlite::revoke_token(db_.get(), id, at);
}

Result<std::optional<PostAnalysis>> SqliteStore::find_analysis(Source source,
                                                               std::string_view post_id) {
  return read_analysis(db_.get(), source, post_id);
}

Result<PutResult> SqliteStore::write_batch(const Batch& batch) {
  Statements& st = *statements_;
  Statement* insert_match = nullptr;
  if (!batch.matches.empty()) {
    auto inserter = match_inserter();
    if (!inserter) {
      return fail<PutResult>(inserter.error());
    }
    insert_match = *inserter;
  }
  Statement* insert_analysis_row = nullptr;
  if (!batch.analyses.empty()) {
    auto inserter = analysis_inserter();
    if (!inserter) {
      return fail<PutResult>(inserter.error());
    }
    insert_analysis_row = *inserter;
  }
  PutResult result;
  for (std::size_t i = 0; i < batch.posts.size(); ++i) {
    const Post& post = batch.posts[i];
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
    const std::int64_t rowid = sqlite3_last_insert_rowid(db_.get());
    st.index_post_text.reset();
    bind_post_text(st.index_post_text, rowid, post);
    if (auto indexed = st.index_post_text.run(); !indexed) {
      return fail<PutResult>(indexed.error());
    }
    if (insert_analysis_row != nullptr) {
      if (auto inserted = insert_analysis(*insert_analysis_row, rowid, batch.analyses[i]);
          !inserted) {
        return fail<PutResult>(inserted.error());
      }
    }
    if (insert_match != nullptr && !batch.matches[i].empty()) {
      if (auto inserted = insert_matches(*insert_match, rowid, post.created_at, batch.matches[i]);
          !inserted) {
        return fail<PutResult>(inserted.error());
      }
    }
    if (author != nullptr) {
      std::string_view detected;
      if (!batch.analyses.empty() && batch.analyses[i].language_source == "detected") {
        detected = batch.analyses[i].language;
      }
      if (auto noted = st.authors.note_stored(post, *author, detected); !noted) {
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
  return select_posts(filter, std::nullopt);
}

Result<std::vector<Post>> SqliteStore::list_matched_posts(std::string_view query_id,
                                                          const PostFilter& filter) {
  return select_posts(filter, query_id);
}

Result<std::vector<Post>> SqliteStore::select_posts(const PostFilter& filter,
                                                    std::optional<std::string_view> query_id) {
  if (filter.limit < 1 || filter.limit > kMaxListLimit) {
    return make_error(ErrorCode::kInvalidArgument,
                      fmt::format("limit must be between 1 and {}", kMaxListLimit));
  }
  auto fts_query = fts_query_of(filter.text);
  if (!fts_query) {
    return fail<std::vector<Post>>(fts_query.error());
  }
  std::string sql = fmt::format("SELECT {} FROM ", kPostColumns);
  // Matched posts are reached from the matches index (query_id, created_at), whose copy of
  // created_at serves the time range and the order without reading posts that do not
  // qualify.
  std::string_view time = "p.created_at";
  if (query_id) {
    sql += "matches m JOIN posts p ON p.rowid = m.post_rowid WHERE m.query_id = ?6";
    time = "m.created_at";
  } else {
    sql += "posts p WHERE 1";
  }
  append_time_range(sql, time, filter.since, filter.until);
  if (filter.source) {
    sql += " AND p.source = ?3";
  }
  if (filter.own) {
    sql += " AND p.own = ?7";
  }
  if (filter.after) {
    // The listing order is time descending, then source and id ascending.
    sql += fmt::format(" AND ({0} < ?8 OR ({0} = ?8 AND (p.source, p.ext_id) > (?9, ?10)))", time);
  }
  std::string_view author = filter.author;
  if (author.starts_with('@')) {
    author.remove_prefix(1);
  }
  if (!author.empty()) {
    sql +=
        " AND p.author_ref IN (SELECT id FROM authors WHERE ext_id = ?4 OR handle = ?4 COLLATE "
        "NOCASE OR handle = '@' || ?4 COLLATE NOCASE)";
  }
  // Each by the analysis's primary key, row by row in the listing order, so a page stops
  // reading at its end.
  for (const auto& [value, column, index] :
       {std::tuple{&filter.sentiment, "sentiment_label", 12}, {&filter.intent, "intent", 13},
        {&filter.language, "language", 14}}) {
    if (!value->empty()) {
      sql += fmt::format(
          " AND EXISTS (SELECT 1 FROM analyses a WHERE a.post_rowid = p.rowid AND a.{} = ?{})",
          column, index);
    }
  }
  if (!fts_query->empty()) {
    // Few matches: read them by rowid and sort them. Many: '+' keeps SQLite from using
    // the rowid list as the way in, so it reads posts in the listing order and stops at
    // the page's end (0.3 s instead of 1.7 s for a word in half of 1M posts).
    auto many = matches_many_posts(db_.get(), *fts_query);
    if (!many) {
      return fail<std::vector<Post>>(many.error());
    }
    sql += fmt::format(" AND {}p.rowid IN (SELECT rowid FROM posts_fts WHERE posts_fts MATCH ?11)",
                       *many ? "+" : "");
  }
  sql += fmt::format(" ORDER BY {} DESC, p.source, p.ext_id LIMIT ?5", time);
  auto stmt = Statement::prepare(db_.get(), sql);
  if (!stmt) {
    return fail<std::vector<Post>>(stmt.error());
  }
  bind_time_range(*stmt, filter.since, filter.until);
  if (query_id) {
    stmt->bind_text(6, *query_id);
  }
  if (filter.source) {
    stmt->bind_text(3, source_name(*filter.source));
  }
  if (filter.own) {
    stmt->bind_int64(7, *filter.own ? 1 : 0);
  }
  if (filter.after) {
    stmt->bind_int64(8, filter.after->created_at.ms);
    stmt->bind_text(9, source_name(filter.after->source));
    stmt->bind_text(10, filter.after->id);
  }
  if (!author.empty()) {
    stmt->bind_text(4, author);
  }
  if (!fts_query->empty()) {
    stmt->bind_text(11, *fts_query);
  }
  for (const auto& [value, index] :
       {std::pair{&filter.sentiment, 12}, {&filter.intent, 13}, {&filter.language, 14}}) {
    if (!value->empty()) {
      stmt->bind_text(index, *value);
    }
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
      "SELECT handle, name, followers, verified, first_seen, last_seen, usual_language, "
      "language_lead FROM authors WHERE source = ?1 AND ext_id = ?2");
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
  record.author.followers = stmt->column_int64_or_null(2);
  if (!stmt->is_null(3)) {
    record.author.verified = stmt->column_int64(3) != 0;
  }
  record.first_seen = Timestamp{stmt->column_int64(4)};
  record.last_seen = Timestamp{stmt->column_int64(5)};
  const LanguageVote vote{std::string(stmt->column_text(6)), stmt->column_int64(7)};
  record.usual_language = vote.usual();
  return std::optional<AuthorRecord>(std::move(record));
}

Result<std::optional<AuthorProfile>> SqliteStore::author_profile(Source source,
                                                                 std::string_view id_or_handle) {
  auto id = find_author_id(db_.get(), source, id_or_handle);
  if (!id) {
    return fail<std::optional<AuthorProfile>>(id.error());
  }
  if (!*id) {
    return std::optional<AuthorProfile>();
  }
  auto record = find_author(source, **id);
  if (!record) {
    return fail<std::optional<AuthorProfile>>(record.error());
  }
  if (!*record) {
    return std::optional<AuthorProfile>();
  }
  return read_author_figures(db_.get(), std::move(**record));
}

Result<std::vector<SeriesBucket>> SqliteStore::match_series(const SeriesRequest& request) {
  return sqlite::match_series(db_.get(), request);
}

Result<std::vector<AuthorLanguage>> SqliteStore::usual_languages() {
  auto stmt = Statement::prepare(db_.get(),
                                 "SELECT source, ext_id, usual_language FROM authors "
                                 "WHERE language_lead >= ?1 AND usual_language IS NOT NULL");
  if (!stmt) {
    return fail<std::vector<AuthorLanguage>>(stmt.error());
  }
  stmt->bind_int64(1, LanguageVote::kMinLead);
  std::vector<AuthorLanguage> out;
  while (true) {
    auto row = stmt->step();
    if (!row) {
      return fail<std::vector<AuthorLanguage>>(row.error());
    }
    if (!*row) {
      break;
    }
    auto source = source_from_name(stmt->column_text(0));
    out.push_back({source ? *source : Source::kOther, std::string(stmt->column_text(1)),
                   std::string(stmt->column_text(2))});
  }
  return out;
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

Result<void> SqliteStore::put_query(const QueryRecord& record) {
  return sqlite::put_query(db_.get(), record);
}

Result<std::vector<QueryRecord>> SqliteStore::list_queries() {
  return sqlite::list_queries(db_.get());
}

Result<std::optional<QueryRecord>> SqliteStore::find_query(std::string_view id) {
  return sqlite::find_query(db_.get(), id);
}

Result<bool> SqliteStore::remove_query(std::string_view id) {
  return sqlite::remove_query(db_.get(), statements_->transactions, id);
}

Result<IncidentUpdate> SqliteStore::record_incident(const IncidentRecord& incident) {
  return sqlite::record_incident(db_.get(), statements_->transactions, incident);
}

Result<std::vector<IncidentRecord>> SqliteStore::list_incidents(const IncidentFilter& filter) {
  return sqlite::list_incidents(db_.get(), filter);
}

Result<std::optional<IncidentRecord>> SqliteStore::find_incident(std::int64_t id) {
  return sqlite::find_incident(db_.get(), id);
}

Result<IncidentRecord> SqliteStore::acknowledge_incident(std::int64_t id, std::string_view by,
                                                         Timestamp at) {
  return sqlite::acknowledge_incident(db_.get(), statements_->transactions, id, by, at);
}

Result<IncidentRecord> SqliteStore::resolve_incident(std::int64_t id, std::string_view by,
                                                     Timestamp at) {
  return sqlite::resolve_incident(db_.get(), statements_->transactions, id, by, at);
}

Result<std::int64_t> SqliteStore::enqueue_notification(const NotificationRecord& record) {
  return sqlite::enqueue_notification(db_.get(), record);
}

Result<std::vector<NotificationRecord>> SqliteStore::due_notifications(Timestamp now,
                                                                       std::int64_t limit) {
  return sqlite::due_notifications(db_.get(), now, limit);
}

Result<std::vector<NotificationRecord>> SqliteStore::list_notifications(
    const NotificationFilter& filter) {
  return sqlite::list_notifications(db_.get(), filter);
}

Result<void> SqliteStore::mark_notification_sent(std::int64_t id, Timestamp at) {
  return sqlite::mark_notification_sent(db_.get(), id, at);
}

Result<void> SqliteStore::mark_notification_failed(std::int64_t id, std::string_view error,
                                                   std::optional<Timestamp> next_attempt_at) {
  return sqlite::mark_notification_failed(db_.get(), id, error, next_attempt_at);
}

Result<std::int64_t> SqliteStore::put_matches(std::string_view query_id,
                                              std::span<const PostKey> posts) {
  return sqlite::put_matches(db_.get(), statements_->transactions, query_id, posts);
}

Result<std::int64_t> SqliteStore::count_matches(std::string_view query_id,
                                                std::optional<Timestamp> since,
                                                std::optional<Timestamp> until) {
  return sqlite::count_matches(db_.get(), query_id, since, until);
}

Result<std::vector<MinuteCount>> SqliteStore::match_counts_by_minute(
    std::string_view query_id, std::optional<Timestamp> since, std::optional<Timestamp> until) {
  return sqlite::match_counts_by_minute(db_.get(), query_id, since, until);
}

Result<std::vector<DayCount>> SqliteStore::match_counts_by_day(std::string_view query_id,
                                                               std::optional<Timestamp> since,
                                                               std::optional<Timestamp> until) {
  return sqlite::match_counts_by_day(db_.get(), query_id, since, until);
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
