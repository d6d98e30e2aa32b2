#include "store/sqlite/migrations.h"

#include <algorithm>
#include <array>
#include <string_view>

#include <fmt/format.h>

#include "core/assert.h"
#include "core/version.h"
#include "store/sqlite/statement.h"

namespace rauch::store::sqlite {
namespace {

// Migration i (1-based) takes the schema from version i-1 to i. Append only: a released
// migration is never edited, since databases in the field have already run it.
constexpr std::array<std::string_view, 10> kMigrations = {
    // 1: posts, authors, the ingest log.
    R"sql(
CREATE TABLE authors (
  id          INTEGER PRIMARY KEY,
  source      TEXT    NOT NULL,
  ext_id      TEXT    NOT NULL,
  handle      TEXT,
  name        TEXT,
  followers   INTEGER,
  verified    INTEGER,
  first_seen  INTEGER NOT NULL,   -- created_at of the author's oldest post
  last_seen   INTEGER NOT NULL,   -- and newest; the profile fields come from the newest
  UNIQUE (source, ext_id)
);
CREATE INDEX authors_by_handle ON authors (handle COLLATE NOCASE);
CREATE INDEX authors_by_ext_id ON authors (ext_id);

CREATE TABLE posts (
  rowid            INTEGER PRIMARY KEY,
  source           TEXT    NOT NULL,
  ext_id           TEXT    NOT NULL,
  created_at       INTEGER NOT NULL,   -- event time, ms since the epoch, UTC
  text             TEXT    NOT NULL,
  title            TEXT,
  url              TEXT,
  lang             TEXT,
  author_ref       INTEGER REFERENCES authors (id),
  author_id        TEXT,               -- the author as this post gave it
  author_handle    TEXT,
  author_name      TEXT,
  author_followers INTEGER,
  author_verified  INTEGER,
  in_reply_to      TEXT,
  conversation_id  TEXT,
  kind             TEXT,
  rating           REAL,
  likes            INTEGER,
  shares           INTEGER,
  replies          INTEGER,
  views            INTEGER,
  own              INTEGER NOT NULL DEFAULT 0,
  extra_json       TEXT,               -- unknown input fields, verbatim
  ingest_id        INTEGER,
  UNIQUE (source, ext_id)
);
CREATE INDEX posts_by_time ON posts (created_at);
-- posts_by_author: created by ensure_read_indexes() below.

CREATE TABLE ingest_log (
  id          INTEGER PRIMARY KEY,
  file        TEXT    NOT NULL,
  started     INTEGER NOT NULL,   -- wall clock, ms
  finished    INTEGER,
  status      TEXT    NOT NULL,
  lines       INTEGER NOT NULL DEFAULT 0,
  stored      INTEGER NOT NULL DEFAULT 0,
  duplicates  INTEGER NOT NULL DEFAULT 0,
  rejected    INTEGER NOT NULL DEFAULT 0,
  blank       INTEGER NOT NULL DEFAULT 0
);
)sql",
    // 2: saved queries and the posts they matched.
    R"sql(
CREATE TABLE queries (
  id          TEXT    PRIMARY KEY,
  text        TEXT    NOT NULL,             -- as the user wrote it
  name        TEXT    NOT NULL DEFAULT '',
  category    TEXT    NOT NULL,             -- brand, competitor, topic; checked by the code,
                                            -- so a new category needs no table rebuild
  owner       TEXT    NOT NULL DEFAULT '',
  created_at  INTEGER NOT NULL,             -- wall clock, ms
  updated_at  INTEGER NOT NULL
);

-- Without rowid: the primary key is the only way a match is looked up, and a separate
-- rowid b-tree would double the writes. created_at is the post's event time, copied so
-- per-query counts over a time range read the index below and never touch posts.
CREATE TABLE matches (
  query_id    TEXT    NOT NULL,
  post_rowid  INTEGER NOT NULL,             -- posts.rowid
  created_at  INTEGER NOT NULL,
  PRIMARY KEY (query_id, post_rowid)
) WITHOUT ROWID;
CREATE INDEX matches_by_time ON matches (query_id, created_at);
)sql",
    // 3: what text analysis found in each post.
    R"sql(
CREATE TABLE analyses (
  post_rowid       INTEGER PRIMARY KEY,     -- posts.rowid
  language         TEXT    NOT NULL,        -- detected, ISO 639-1 or 'und'
  sentiment        REAL    NOT NULL,        -- -1 .. 1
  sentiment_label  TEXT    NOT NULL,        -- negative, neutral, positive
  intent           TEXT    NOT NULL,        -- complaint, question, praise, suggestion, spam, other
  offensive        REAL    NOT NULL,        -- 0 .. 1
  text_offset      INTEGER NOT NULL,        -- where the post's text starts in the analysis text
  details          TEXT                     -- JSON {spans, links}; NULL when both are empty
);
)sql",
    // 4: where a post's language came from, and each author's usual language (the
    // fallback for their short posts; core/language_vote.h).
    R"sql(
ALTER TABLE analyses ADD COLUMN language_source TEXT NOT NULL DEFAULT '';
                                            -- detected, author, stated, none
ALTER TABLE authors ADD COLUMN usual_language TEXT;         -- leading detected language
ALTER TABLE authors ADD COLUMN language_lead INTEGER NOT NULL DEFAULT 0;  -- its lead in votes
)sql",
    // 5: incidents raised by detection and their lifecycle; an index of own posts.
    R"sql(
CREATE TABLE incidents (
  id               INTEGER PRIMARY KEY,
  key              TEXT    NOT NULL,        -- one unresolved incident per key
  query_id         TEXT    NOT NULL DEFAULT '',
  kind             TEXT    NOT NULL,        -- volume, negative_share, hijack, ...
  severity         TEXT    NOT NULL,        -- info, warning, critical
  status           TEXT    NOT NULL,        -- open, acknowledged, resolved
  title            TEXT    NOT NULL,
  explanation      TEXT    NOT NULL,
  details          TEXT,                    -- JSON object
  started_at       INTEGER NOT NULL,        -- event time, ms
  updated_at       INTEGER NOT NULL,        -- event time, ms
  acknowledged_at  INTEGER,                 -- wall clock, ms
  acknowledged_by  TEXT,
  resolved_at      INTEGER,                 -- wall clock, ms
  resolved_by      TEXT
);
CREATE UNIQUE INDEX incidents_unresolved_key ON incidents (key) WHERE status <> 'resolved';
CREATE INDEX incidents_by_update ON incidents (updated_at);
-- The brand's own posts, for the hijack signal (few, read often).
CREATE INDEX posts_own_by_time ON posts (created_at) WHERE own = 1;
)sql",
    // 6: the notification outbox (docs/notifications.md): one row per message, channel and
    // person; the notifier delivers due pending rows and records each attempt.
    R"sql(
CREATE TABLE notifications (
  id               INTEGER PRIMARY KEY,
  incident_id      INTEGER NOT NULL,        -- incidents.id (0 for test messages)
  event            TEXT    NOT NULL,        -- opened, severity_rose, escalated, reminder, test
  channel          TEXT    NOT NULL,        -- webhook, slack, smtp, log
  recipient        TEXT    NOT NULL,        -- person from the on-call schedule
  address          TEXT    NOT NULL DEFAULT '',  -- URL or e-mail address
  level            INTEGER NOT NULL,        -- escalation level
  body             TEXT    NOT NULL,        -- generic webhook JSON body
  status           TEXT    NOT NULL,        -- pending, sent, failed
  attempts         INTEGER NOT NULL DEFAULT 0,
  next_attempt_at  INTEGER NOT NULL,        -- wall clock, ms
  last_error       TEXT    NOT NULL DEFAULT '',
  created_at       INTEGER NOT NULL,        -- wall clock, ms
  sent_at          INTEGER                  -- wall clock, ms
);
CREATE INDEX notifications_due ON notifications (next_attempt_at) WHERE status = 'pending';
CREATE INDEX notifications_by_incident ON notifications (incident_id, created_at);
)sql",
    // 7: the queries a post matched, found from the post (detection replays posts in
    // event-time order with their matches); where detection inside ingest got to.
    R"sql(
CREATE INDEX matches_by_post ON matches (post_rowid);
CREATE TABLE detection_cursor (
  id          INTEGER PRIMARY KEY CHECK (id = 1),
  created_at  INTEGER NOT NULL,             -- event time of the last post detection saw, ms
  post_rowid  INTEGER NOT NULL              -- and its posts.rowid
);
)sql",
    // 8: who may use the API: users and API tokens (secrets only as slow hashes).
    R"sql(
CREATE TABLE users (
  name           TEXT    PRIMARY KEY,
  role           TEXT    NOT NULL,          -- viewer, agent, admin
  password_hash  TEXT    NOT NULL DEFAULT '',
  created_at     INTEGER NOT NULL           -- wall clock, ms
);
CREATE TABLE api_tokens (
  id           INTEGER PRIMARY KEY,
  public_id    TEXT    NOT NULL UNIQUE,     -- names the token; the secret is not stored
  user_name    TEXT    NOT NULL,
  role         TEXT    NOT NULL,
  secret_hash  TEXT    NOT NULL,            -- crypto_pwhash_str of the secret part
  created_at   INTEGER NOT NULL,            -- wall clock, ms
  revoked_at   INTEGER                      -- wall clock, ms
);
)sql",
    // 9: the time index in the listing order (newest first, then source and id), so a
    // page of posts is read from the index instead of sorting every post of its second.
    R"sql(
DROP INDEX posts_by_time;
CREATE INDEX posts_by_time ON posts (created_at DESC, source, ext_id);
)sql",
    // 10: full-text search over the text and title of posts (store/sqlite/text_search.h).
    // External content: the index holds only the tokens, the text stays in posts.
    // unicode61 with remove_diacritics 2 folds case and strips accents ("Rückruf" is found
    // by "ruckruf"); columnsize=0 because results are ordered by time, not ranked, so the
    // sizes bm25 needs are not stored. New posts are indexed by put_batch in their
    // transaction (kIndexPostText), not by an INSERT trigger: FTS5 writes its pending
    // tokens out at every trigger's statement savepoint, which made ingest 7 times slower.
    // Posts are never updated or deleted today; the triggers keep the index right if they
    // are.
    R"sql(
CREATE VIRTUAL TABLE posts_fts USING fts5(title, text, content = 'posts', content_rowid = 'rowid',
  tokenize = 'unicode61 remove_diacritics 2', columnsize = 0);
INSERT INTO posts_fts (posts_fts) VALUES ('rebuild');
CREATE TRIGGER posts_fts_delete AFTER DELETE ON posts BEGIN
  INSERT INTO posts_fts (posts_fts, rowid, title, text)
    VALUES ('delete', old.rowid, old.title, old.text);
END;
CREATE TRIGGER posts_fts_update AFTER UPDATE OF title, text ON posts BEGIN
  INSERT INTO posts_fts (posts_fts, rowid, title, text)
    VALUES ('delete', old.rowid, old.title, old.text);
  INSERT INTO posts_fts (rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
)sql",
};

Result<int> read_user_version(sqlite3* db) {
  auto stmt = Statement::prepare(db, "PRAGMA user_version");
  if (!stmt) {
    return tl::unexpected(std::move(stmt).error());
  }
  auto row = stmt->step();
  if (!row) {
    return tl::unexpected(std::move(row).error());
  }
  return static_cast<int>(stmt->column_int64(0));
}

Result<void> apply(sqlite3* db, int version) {
  const std::string sql = fmt::format("BEGIN IMMEDIATE;\n{}\nPRAGMA user_version = {};\nCOMMIT;",
                                      kMigrations[static_cast<std::size_t>(version - 1)], version);
  auto done = exec(db, sql);
  if (!done) {
    (void)exec(db, "ROLLBACK");
    return make_error(done.error().code(), fmt::format("schema migration to version {} failed: {}",
                                                       version, done.error().message()));
  }
  return {};
}

// Kept out of the migrations because bulk loading drops and recreates it.
constexpr std::string_view kCreateReadIndexes =
    "CREATE INDEX IF NOT EXISTS posts_by_author ON posts (author_ref, created_at) "
    "WHERE author_ref IS NOT NULL";

}  // namespace

Result<void> drop_read_indexes(sqlite3* db) {
  return exec(db, "DROP INDEX IF EXISTS posts_by_author");
}

Result<void> ensure_read_indexes(sqlite3* db) { return exec(db, kCreateReadIndexes); }

int latest_schema_version() { return static_cast<int>(kMigrations.size()); }

Result<int> migrate(sqlite3* db) { return migrate(db, latest_schema_version()); }

Result<int> migrate(sqlite3* db, int target_version) {
  RAUCH_ASSERT(target_version >= 1 && target_version <= latest_schema_version(),
               "no migration to the requested version");
  auto version = read_user_version(db);
  if (!version) {
    return version;
  }
  if (*version > latest_schema_version()) {
    return make_error(ErrorCode::kConflict,
                      fmt::format("the database has schema version {}, but rauchmelder {} knows "
                                  "versions up to {}: it was written by a newer release; upgrade "
                                  "rauchmelder to open it",
                                  *version, kVersion, latest_schema_version()));
  }
  for (int next = *version + 1; next <= target_version; ++next) {
    // Two processes opening a new database at once both try; the loser's CREATE fails
    // inside its transaction, and the version it then reads shows the winner's work.
    auto applied = apply(db, next);
    if (!applied) {
      auto now = read_user_version(db);
      if (now && *now >= next) {
        continue;
      }
      return tl::unexpected(std::move(applied).error());
    }
  }
  return std::max(*version, target_version);
}

}  // namespace rauch::store::sqlite
