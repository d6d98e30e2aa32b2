#pragma once

// The embedded store: one SQLite file in WAL mode. Committed batches survive a killed
// process; readers (e.g. `rauchmelder posts`) never block the writer.

#include <memory>
#include <string>

#include "store/sqlite/statement.h"
#include "store/store.h"

namespace rauch::store::sqlite {

struct SqliteOptions {
  // How long a writer waits for another process's write lock before kUnavailable.
  int busy_timeout_ms = 10'000;
  // synchronous=NORMAL in WAL mode loses no committed transaction when the process dies;
  // only a power loss can drop the last ones. FULL also survives that, at a cost.
  bool sync_full = false;
  // Page cache per connection. Large enough to hold the hot index pages of a busy
  // store; ingest speed drops sharply when the per-author index no longer fits.
  int cache_kib = 64 * 1024;
  // The write-ahead log is copied into the database after this many pages (of 4 KiB).
  // Ingest rewrites the same index pages batch after batch; a larger log lets one copy
  // serve many batches (15% faster ingest than SQLite's default of 1,000).
  int wal_checkpoint_pages = 16'384;
  // A read-only connection (PRAGMA query_only, set after the migrations): serve's read
  // pool, where a write would be a bug.
  bool query_only = false;
};

class SqliteStore final : public Store {
 public:
  // Opens (creating if needed) the database at `path` and migrates it. kConflict when the
  // file was written by a newer binary; kInvalidArgument when it is not a database;
  // kUnavailable when it cannot be opened.
  [[nodiscard]] static Result<std::unique_ptr<SqliteStore>> open(const std::string& path,
                                                                 const SqliteOptions& options = {});
  ~SqliteStore() override;

  Result<PutResult> put_batch(const Batch& batch) override;
  Result<std::vector<Post>> list_posts(const PostFilter& filter) override;
  Result<std::int64_t> count_posts() override;
  Result<std::optional<AuthorRecord>> find_author(Source source,
                                                  std::string_view author_id) override;
  Result<std::int64_t> count_authors() override;
  Result<std::optional<AuthorProfile>> author_profile(Source source,
                                                      std::string_view id_or_handle) override;
  Result<std::vector<SeriesBucket>> match_series(const SeriesRequest& request) override;
  Result<std::vector<AuthorLanguage>> usual_languages() override;
  Result<std::int64_t> begin_ingest(std::string_view file, Timestamp started) override;
  Result<void> finish_ingest(std::int64_t ingest_id, IngestStatus status,
                             Timestamp finished) override;
  Result<std::vector<IngestRun>> list_ingests(std::int64_t limit) override;
  Result<void> put_query(const QueryRecord& record) override;
  Result<std::vector<QueryRecord>> list_queries() override;
  Result<std::optional<QueryRecord>> find_query(std::string_view id) override;
  Result<std::int64_t> replay_posts(
      const ReplayRange& range,
      const std::function<Result<void>(const ReplayedPost&)>& visit) override;
  Result<std::optional<ReplayCursor>> detection_cursor() override;
  Result<void> save_detection_cursor(const ReplayCursor& cursor) override;
  Result<std::vector<StoredMatch>> matches_after(std::int64_t after, std::int64_t limit) override;
  Result<std::int64_t> last_post_position() override;
  Result<std::optional<Post>> find_post(Source source, std::string_view post_id) override;
  Result<void> add_user(const UserRecord& user) override;
  Result<std::vector<UserRecord>> list_users() override;
  Result<std::optional<UserRecord>> find_user(std::string_view name) override;
  Result<bool> remove_user(std::string_view name, Timestamp at) override;
  Result<std::int64_t> add_token(const TokenRecord& token) override;
  Result<std::optional<TokenRecord>> find_token(std::string_view public_id) override;
  Result<std::vector<TokenRecord>> list_tokens() override;
  Result<TokenRecord> revoke_token(std::int64_t id, Timestamp at) override;
  Result<std::optional<PostAnalysis>> find_analysis(Source source,
                                                    std::string_view post_id) override;
  Result<bool> remove_query(std::string_view id) override;
  Result<IncidentUpdate> record_incident(const IncidentRecord& incident) override;
  Result<std::vector<IncidentRecord>> list_incidents(const IncidentFilter& filter) override;
  Result<std::optional<IncidentRecord>> find_incident(std::int64_t id) override;
  Result<IncidentRecord> acknowledge_incident(std::int64_t id, std::string_view by,
                                              Timestamp at) override;
  Result<IncidentRecord> resolve_incident(std::int64_t id, std::string_view by,
                                          Timestamp at) override;
  Result<std::int64_t> enqueue_notification(const NotificationRecord& record) override;
  Result<std::vector<NotificationRecord>> due_notifications(Timestamp now,
                                                            std::int64_t limit) override;
  Result<std::vector<NotificationRecord>> list_notifications(
      const NotificationFilter& filter) override;
  Result<void> mark_notification_sent(std::int64_t id, Timestamp at) override;
  Result<void> mark_notification_failed(std::int64_t id, std::string_view error,
                                        std::optional<Timestamp> next_attempt_at) override;
  Result<std::int64_t> put_matches(std::string_view query_id,
                                   std::span<const PostKey> posts) override;
  Result<std::int64_t> count_matches(std::string_view query_id, std::optional<Timestamp> since,
                                     std::optional<Timestamp> until) override;
  Result<std::vector<MinuteCount>> match_counts_by_minute(std::string_view query_id,
                                                          std::optional<Timestamp> since,
                                                          std::optional<Timestamp> until) override;
  Result<std::vector<DayCount>> match_counts_by_day(std::string_view query_id,
                                                    std::optional<Timestamp> since,
                                                    std::optional<Timestamp> until) override;
  Result<std::vector<Post>> list_matched_posts(std::string_view query_id,
                                               const PostFilter& filter) override;
  Result<void> begin_bulk_load() override;
  Result<void> end_bulk_load() override;
  Result<int> schema_version() override;

 private:
  struct Statements;
  SqliteStore(Connection db, std::unique_ptr<Statements> statements);

  Result<PutResult> write_batch(const Batch& batch);
  Result<Statement*> match_inserter();
  Result<Statement*> analysis_inserter();
  // list_posts, and list_matched_posts when query_id is given.
  Result<std::vector<Post>> select_posts(const PostFilter& filter,
                                         std::optional<std::string_view> query_id);

  Connection db_;
  std::unique_ptr<Statements> statements_;  // Prepared once, reused for every batch.
};

}  // namespace rauch::store::sqlite
