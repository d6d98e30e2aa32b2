#pragma once

// The Store: where posts, authors, the ingest log, saved queries and their matches live.
// An interface, so the embedded SQLite store (store/sqlite) and the shared PostgreSQL store
// (to follow) are interchangeable; no SQL dialect shows through it. The store test suite in
// tests/store runs against every implementation.

#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.h"
#include "core/post.h"
#include "core/post_analysis.h"
#include "core/timestamp.h"
#include "store/access_record.h"
#include "store/incident_record.h"
#include "store/notification_record.h"
#include "store/query_record.h"

namespace rauch::store {

// Counts of one ingest run. Lines that were blank are neither stored nor rejected.
struct IngestCounts {
  std::int64_t lines = 0;       // Lines read, blank ones included.
  std::int64_t stored = 0;      // New posts written.
  std::int64_t duplicates = 0;  // Valid posts whose source + id were already stored.
  std::int64_t rejected = 0;    // Lines reported as bad.
  std::int64_t blank = 0;       // Empty or whitespace-only lines, skipped.

  IngestCounts& operator+=(const IngestCounts& other);
  friend bool operator==(const IngestCounts&, const IngestCounts&) = default;
};

enum class IngestStatus { kRunning, kCompleted, kFailed };
std::string_view ingest_status_name(IngestStatus status);

// One row of the ingest log. A run killed before it finished stays kRunning, with the
// counts of every batch it committed.
struct IngestRun {
  std::int64_t id = 0;
  std::string file;   // Path as given on the command line, "-" for stdin.
  Timestamp started;  // Wall clock: this is bookkeeping, not event time.
  std::optional<Timestamp> finished;
  IngestStatus status = IngestStatus::kRunning;
  IngestCounts counts;
};

// One atomic unit of ingest: the valid posts of a stretch of input and the counts of the
// same stretch, committed together so the log never disagrees with the posts.
struct Batch {
  std::span<const Post> posts;
  std::int64_t ingest_id = 0;  // 0: not part of a logged run.
  IngestCounts counts;         // lines / rejected / blank of this stretch; stored and
                               // duplicates are computed by the store.
  // The ids of the queries each post matched: empty when no matching was done, else one
  // entry per post, at the post's index. Stored only for posts new in this batch, so
  // ingesting the same input again adds no matches; ids are not checked against the
  // saved queries (put_matches is the checked way to add matches).
  std::span<const std::vector<std::string>> matches;
  // What text analysis found in each post: empty when no analysis was done, else one
  // entry per post. Stored only for posts new in this batch.
  std::span<const PostAnalysis> analyses;
};

// Result of put_batch: how many posts were new and how many were already stored.
struct PutResult {
  std::int64_t stored = 0;
  std::int64_t duplicates = 0;
};

// What list_posts returns; all conditions are ANDed. Newest first, ties by source, id.
// Where a page of posts ended (the last post listed), for the next page: posts are listed
// newest first, then by source and id.
struct PostCursor {
  Timestamp created_at;
  Source source = Source::kOther;
  std::string id;
};

struct PostFilter {
  std::optional<Timestamp> since;  // Inclusive.
  std::optional<Timestamp> until;  // Exclusive.
  std::optional<PostCursor> after;  // Only posts listed after this one.
  std::optional<Source> source;
  std::string author;       // Author id or handle (with or without '@'), any case.
  std::optional<bool> own;  // Only posts by (true) or not by (false) the brand's accounts.
  // Full-text search: only posts whose text or title contains every word of `text`
  // (words as the Unicode tokenizer splits them; case and diacritics are ignored, so
  // "ruckruf" finds "Rückruf"; "ß" is not "ss"). Operators and quotes in it have no
  // meaning: it is never a syntax error. Empty: no condition.
  std::string text;
  // What text analysis found (the analyses table); empty: no condition. A post without a
  // stored analysis matches none of them.
  std::string sentiment;  // "negative", "neutral", "positive"
  std::string intent;     // "complaint", "question", "praise", "suggestion", "spam", "other"
  std::string language;   // ISO 639-1 as detected ("de"), or "und"
  std::int64_t limit = 50;  // 1..kMaxListLimit.
};
// Full-text search stops at this many words (more are kInvalidArgument).
inline constexpr std::size_t kMaxSearchWords = 32;
inline constexpr std::int64_t kMaxListLimit = 1'000'000;

// Names a stored post the way the input does.
struct PostKey {
  Source source = Source::kOther;
  std::string id;
};

// Matches of one minute (event time).
struct MinuteCount {
  Timestamp minute;  // Start of the minute.
  std::int64_t count = 0;
  std::int64_t negative = 0;  // Of those, posts whose stored analysis says negative.
  friend bool operator==(const MinuteCount&, const MinuteCount&) = default;
};

// Where a replay stopped: the last post visited (event time, then storage order).
struct ReplayCursor {
  Timestamp at;
  std::int64_t position = 0;  // The store's order among posts with the same time.
  friend bool operator==(const ReplayCursor&, const ReplayCursor&) = default;
};

struct ReplayRange {
  std::optional<Timestamp> since;       // Inclusive.
  std::optional<Timestamp> until;       // Exclusive.
  std::optional<ReplayCursor> after;    // Only posts after this one (and after since).
};

// A stored post as detection replays it (Store::replay_posts).
struct ReplayedPost {
  ReplayCursor cursor;
  Post post;
  std::optional<PostAnalysis> analysis;  // nullopt when stored without analysis
  std::vector<std::string> query_ids;    // The saved queries it matched, ordered by id.
};

// Matches of one UTC calendar day.
struct DayCount {
  std::string day;  // "2026-11-24"
  std::int64_t count = 0;

  friend bool operator==(const DayCount&, const DayCount&) = default;
};

// A match of a newly stored post (Store::matches_after): the saved query and the post.
// `position` is the post's place in storage order (later stored, larger); pass the last
// one seen as `after` to read on.
struct StoredMatch {
  std::int64_t position = 0;
  std::string query_id;
  Post post;
};

// The latest known profile of an author, and when they were first and last seen (event
// time of their posts). "Latest" means from the post with the newest created_at, so the
// result does not depend on the order posts were ingested in.
struct AuthorRecord {
  Source source = Source::kOther;
  Author author;
  Timestamp first_seen;
  Timestamp last_seen;
  // The language the author usually writes in, from the analyses of their stored posts
  // (core/language_vote.h); "" while unknown.
  std::string usual_language;
};

// An author and figures over their stored posts (Store::author_profile).
struct AuthorProfile {
  AuthorRecord record;
  std::int64_t posts = 0;           // Stored posts by the author.
  std::int64_t analyzed_posts = 0;  // Of those, posts stored with a text analysis.
  // Mean sentiment (-1..1) of those analyses; nullopt when none was analyzed.
  std::optional<double> average_sentiment;
};

// What Store::match_series counts: the posts any of `query_ids` matched with created_at
// (event time) in [since, until), in buckets of bucket_ms that start at multiples of
// bucket_ms since the epoch (so day buckets are UTC days).
struct SeriesRequest {
  std::vector<std::string> query_ids;  // A post matched by several of them counts once.
  Timestamp since;
  Timestamp until;
  std::int64_t bucket_ms = 60'000;  // >= 1.
};

// One bucket of a series.
struct SeriesBucket {
  Timestamp start;
  std::int64_t volume = 0;    // Matched posts.
  std::int64_t negative = 0;  // Of those, posts whose stored analysis says negative,
  std::int64_t positive = 0;  // and positive.
  std::int64_t reach = 0;     // Sum of their authors' followers (as each post gave them).
  friend bool operator==(const SeriesBucket&, const SeriesBucket&) = default;
};

// An author whose usual language is known (Store::usual_languages).
struct AuthorLanguage {
  Source source = Source::kOther;
  std::string author_id;
  std::string language;
};

// Thread safety: a Store object is used by one thread at a time. Several processes may
// open the same database; writes are serialized by the database.
class Store {
 public:
  virtual ~Store() = default;
  Store() = default;
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  // Writes the batch in one transaction: all of it or none of it. Posts whose source + id
  // are already stored (or appear twice in the batch) are counted as duplicates and leave
  // the stored post unchanged. Authors are upserted; the matches of new posts are stored.
  // kInvalidArgument when matches is neither empty nor as long as posts; kUnavailable
  // when the database cannot be written (disk full, locked for longer than the busy
  // timeout).
  [[nodiscard]] virtual Result<PutResult> put_batch(const Batch& batch) = 0;

  [[nodiscard]] virtual Result<std::vector<Post>> list_posts(const PostFilter& filter) = 0;
  [[nodiscard]] virtual Result<std::int64_t> count_posts() = 0;

  // nullopt when no post by that author was stored.
  [[nodiscard]] virtual Result<std::optional<AuthorRecord>> find_author(
      Source source, std::string_view author_id) = 0;
  [[nodiscard]] virtual Result<std::int64_t> count_authors() = 0;
  // The author of `source` whose id, or else handle (with or without '@', any case), is
  // `id_or_handle`, with figures over their posts; nullopt when there is none.
  [[nodiscard]] virtual Result<std::optional<AuthorProfile>> author_profile(
      Source source, std::string_view id_or_handle) = 0;
  // Every author with a usual language (AuthorRecord::usual_language): what ingest
  // starts from to analyze short posts. One row per such author.
  [[nodiscard]] virtual Result<std::vector<AuthorLanguage>> usual_languages() = 0;

  // The ingest log.
  [[nodiscard]] virtual Result<std::int64_t> begin_ingest(std::string_view file,
                                                          Timestamp started) = 0;
  [[nodiscard]] virtual Result<void> finish_ingest(std::int64_t ingest_id, IngestStatus status,
                                                   Timestamp finished) = 0;
  // Newest first.
  [[nodiscard]] virtual Result<std::vector<IngestRun>> list_ingests(std::int64_t limit) = 0;

  // Bulk loading. Between begin_bulk_load() and end_bulk_load() the store may drop
  // indexes that only speed up reads, and rebuilds them at the end in one pass, which is
  // much faster than maintaining them post by post when the load is large compared with
  // what is stored. Reads stay correct meanwhile, only slower. If the process dies before
  // the end, the next open rebuilds them.
  [[nodiscard]] virtual Result<void> begin_bulk_load() = 0;
  [[nodiscard]] virtual Result<void> end_bulk_load() = 0;

  // Saved queries. put_query inserts the record, or updates the one with its id: then
  // text, name, category, owner and updated_at are replaced and the stored created_at is
  // kept. kInvalidArgument when validate_query_record() refuses the record.
  [[nodiscard]] virtual Result<void> put_query(const QueryRecord& record) = 0;
  // Ordered by id.
  [[nodiscard]] virtual Result<std::vector<QueryRecord>> list_queries() = 0;
  // nullopt when no query has that id.
  [[nodiscard]] virtual Result<std::optional<QueryRecord>> find_query(std::string_view id) = 0;
  // Removes the query and all its matches in one transaction; false when it did not exist.
  [[nodiscard]] virtual Result<bool> remove_query(std::string_view id) = 0;

  // Backfill: records that the saved query matched these stored posts. Posts that are not
  // stored are skipped, matches already stored are kept. Returns how many matches were
  // new. kNotFound when the query is not saved. Large spans are written in several
  // transactions so other writers are not locked out for long; on an error the earlier
  // ones stay, and calling again with the same posts completes the work.
  [[nodiscard]] virtual Result<std::int64_t> put_matches(std::string_view query_id,
                                                         std::span<const PostKey> posts) = 0;

  // Matches of a query whose post's created_at (event time) is in [since, until); an
  // unknown query has none.
  [[nodiscard]] virtual Result<std::int64_t> count_matches(std::string_view query_id,
                                                           std::optional<Timestamp> since,
                                                           std::optional<Timestamp> until) = 0;
  // The same matches counted per UTC day of created_at, oldest day first; days without
  // matches are left out.
  [[nodiscard]] virtual Result<std::vector<DayCount>> match_counts_by_day(
      std::string_view query_id, std::optional<Timestamp> since,
      std::optional<Timestamp> until) = 0;
  // The same matches counted per minute of created_at, oldest first; minutes without
  // matches are left out. What detection replays (backtest).
  [[nodiscard]] virtual Result<std::vector<MinuteCount>> match_counts_by_minute(
      std::string_view query_id, std::optional<Timestamp> since,
      std::optional<Timestamp> until) = 0;
  // Matched posts over time for charts (SeriesRequest): the buckets that have posts,
  // oldest first. kInvalidArgument when bucket_ms < 1 or until < since.
  [[nodiscard]] virtual Result<std::vector<SeriesBucket>> match_series(
      const SeriesRequest& request) = 0;
  // The posts a query matched, filtered, ordered and limited as by list_posts.
  [[nodiscard]] virtual Result<std::vector<Post>> list_matched_posts(std::string_view query_id,
                                                                     const PostFilter& filter) = 0;

  // Every stored post in the range that matched a saved query or is own, in event-time
  // order (ties in storage order), with its analysis and matched query ids: what
  // detection replays (backtest, and ingest following the store). Reads in chunks, so
  // memory does not grow with the range. Stops at the first error `visit` returns and
  // passes it on. Returns how many posts it visited.
  [[nodiscard]] virtual Result<std::int64_t> replay_posts(
      const ReplayRange& range, const std::function<Result<void>(const ReplayedPost&)>& visit) = 0;
  // Where detection inside ingest got to (saved after each catch-up), so the next run
  // goes on from there; nullopt before the first.
  [[nodiscard]] virtual Result<std::optional<ReplayCursor>> detection_cursor() = 0;
  [[nodiscard]] virtual Result<void> save_detection_cursor(const ReplayCursor& cursor) = 0;

  // The live feed of matches (the server's `match` events): matches of posts stored after
  // position `after`, in storage order (ties by query id), at most `limit` (1..
  // kMaxListLimit). Matches added later to older posts (backfill) are not in it.
  [[nodiscard]] virtual Result<std::vector<StoredMatch>> matches_after(std::int64_t after,
                                                                       std::int64_t limit) = 0;
  // The position of the last stored post (0 when none): where a feed starts that reports
  // only what is stored from now on.
  [[nodiscard]] virtual Result<std::int64_t> last_post_position() = 0;

  // One stored post by its network and id; nullopt when it is unknown.
  [[nodiscard]] virtual Result<std::optional<Post>> find_post(Source source,
                                                              std::string_view post_id) = 0;
  // The analysis stored with a post; nullopt when the post is unknown or was stored
  // without analysis.
  [[nodiscard]] virtual Result<std::optional<PostAnalysis>> find_analysis(
      Source source, std::string_view post_id) = 0;

  // Incidents (store/incident_record.h). record_incident opens a new incident, or, when
  // an unresolved one has incident.key, updates it: kind, title, explanation, details
  // and updated_at become the given ones, the severity becomes the higher of the two, and
  // status and acknowledgement stay. kInvalidArgument for an empty or long key, too long
  // texts, details that are not a JSON object, or updated_at before started_at.
  [[nodiscard]] virtual Result<IncidentUpdate> record_incident(const IncidentRecord& incident) = 0;
  // Latest updated first.
  [[nodiscard]] virtual Result<std::vector<IncidentRecord>> list_incidents(
      const IncidentFilter& filter) = 0;
  [[nodiscard]] virtual Result<std::optional<IncidentRecord>> find_incident(std::int64_t id) = 0;
  // open → acknowledged, and open or acknowledged → resolved, by `by` at `at` (wall
  // clock). kNotFound for an unknown id; kConflict for an incident already acknowledged
  // (acknowledge) or already resolved (both), naming who did it.
  [[nodiscard]] virtual Result<IncidentRecord> acknowledge_incident(std::int64_t id,
                                                                    std::string_view by,
                                                                    Timestamp at) = 0;
  [[nodiscard]] virtual Result<IncidentRecord> resolve_incident(std::int64_t id,
                                                                std::string_view by,
                                                                Timestamp at) = 0;

  // The notification outbox (store/notification_record.h). enqueue_notification inserts
  // the record as pending with no attempts (its id, status, attempts, last_error and
  // sent_at are ignored) and returns its id; kInvalidArgument for an empty channel or
  // event, or a body over kMaxNotificationBodyBytes.
  [[nodiscard]] virtual Result<std::int64_t> enqueue_notification(
      const NotificationRecord& record) = 0;
  // Pending rows with next_attempt_at <= now, earliest due first (then by id), at most
  // `limit` (1..kMaxListLimit).
  [[nodiscard]] virtual Result<std::vector<NotificationRecord>> due_notifications(
      Timestamp now, std::int64_t limit) = 0;
  [[nodiscard]] virtual Result<std::vector<NotificationRecord>> list_notifications(
      const NotificationFilter& filter) = 0;
  // One delivery attempt of a pending row: attempts + 1. Sent: status sent, sent_at = at.
  // Failed: last_error = error (cut to kMaxNotificationErrorBytes) and, with
  // next_attempt_at, it stays pending until then; without, it becomes failed for good.
  // kNotFound for an unknown id; kConflict when the row is no longer pending.
  [[nodiscard]] virtual Result<void> mark_notification_sent(std::int64_t id, Timestamp at) = 0;
  [[nodiscard]] virtual Result<void> mark_notification_failed(
      std::int64_t id, std::string_view error, std::optional<Timestamp> next_attempt_at) = 0;

  // Users and API tokens (store/access_record.h). add_user: kInvalidArgument for a bad
  // name, kConflict when it exists. remove_user revokes the user's tokens at `at` and
  // returns whether the user existed. add_token: kNotFound for an unknown user; returns
  // the token's id. revoke_token: kNotFound for an unknown id, kConflict when it was
  // revoked already.
  [[nodiscard]] virtual Result<void> add_user(const UserRecord& user) = 0;
  [[nodiscard]] virtual Result<std::vector<UserRecord>> list_users() = 0;
  [[nodiscard]] virtual Result<std::optional<UserRecord>> find_user(std::string_view name) = 0;
  [[nodiscard]] virtual Result<bool> remove_user(std::string_view name, Timestamp at) = 0;
  [[nodiscard]] virtual Result<std::int64_t> add_token(const TokenRecord& token) = 0;
  [[nodiscard]] virtual Result<std::optional<TokenRecord>> find_token(std::string_view public_id) = 0;
  [[nodiscard]] virtual Result<std::vector<TokenRecord>> list_tokens() = 0;
  [[nodiscard]] virtual Result<TokenRecord> revoke_token(std::int64_t id, Timestamp at) = 0;

  // The schema version the database is at.
  [[nodiscard]] virtual Result<int> schema_version() = 0;
};

}  // namespace rauch::store
