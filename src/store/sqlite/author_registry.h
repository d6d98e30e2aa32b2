#pragma once

// Maps (source, author id) to the row of the authors table, keeps each author's profile
// (handle, name, followers, verified) equal to the one in their newest post, and their
// first and last seen times equal to their oldest and newest post.
//
// Why a registry: looking an author up and rewriting their row for every post was a third
// of the ingest time. Authors repeat a lot, so the registry remembers what it knows is
// stored, changes profiles only when they change, and writes the seen times of the
// authors a batch touched once, at the end of the batch (flush()). Posts reference
// authors by an integer key, which keeps the per-author index of posts small.

#include <sqlite3.h>

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/language_vote.h"
#include "core/post.h"
#include "store/sqlite/statement.h"

namespace rauch::store::sqlite {

// Not thread-safe; belongs to one SqliteStore. Used only inside a write transaction.
class AuthorRegistry {
 public:
  [[nodiscard]] static Result<AuthorRegistry> create(sqlite3* db);

  struct Known {
    Source source = Source::kOther;
    std::string author_id;
    std::int64_t key = 0;  // authors.id
    // Oldest and newest created_at (ms) of the author's stored posts. Only a post at
    // least as new as last_ms may change the profile, so the stored profile does not
    // depend on the order in which posts are ingested.
    std::int64_t first_ms = 0;
    std::int64_t last_ms = 0;
    // The author's usual language so far (core/language_vote.h).
    LanguageVote language;
    // first_ms/last_ms or language differ from the stored row.
    bool seen_changed = false;
    std::string handle;
    std::string name;
    std::optional<std::int64_t> followers;
    std::optional<bool> verified;
  };

  // The registry's entry for the post's author, inserting the author if new. Valid until
  // the next call of resolve(), flush() or forget().
  [[nodiscard]] Result<Known*> resolve(const Post& post);

  // Called for a newly stored post with the entry resolve() gave for it.
  // `detected_language` is the language detected from the post's text ("" when it was
  // not detected, e.g. too short, or the post was not analyzed): a vote for the
  // author's usual language.
  [[nodiscard]] Result<void> note_stored(const Post& post, Known& known,
                                         std::string_view detected_language);

  // Writes the seen times and usual languages changed since the last flush; call before
  // committing.
  [[nodiscard]] Result<void> flush();

  // Forgets everything remembered; called when a transaction rolls back, since what was
  // remembered may not have been committed.
  void forget() {
    known_.clear();
    changed_.clear();
  }

 private:
  AuthorRegistry(Statement select, Statement insert, Statement update_profile,
                 Statement update_seen)
      : select_(std::move(select)),
        insert_(std::move(insert)),
        update_profile_(std::move(update_profile)),
        update_seen_(std::move(update_seen)) {}

  Result<Known> load_or_insert(const Post& post);

  // Bounds memory: past this many authors the registry starts over (a miss costs one
  // indexed lookup).
  static constexpr std::size_t kMaxKnown = 200'000;

  Statement select_;
  Statement insert_;
  Statement update_profile_;
  Statement update_seen_;
  // Keyed by a 64-bit hash of source and author id: a lookup touches no string unless the
  // hash matches (string keys cost 7% of ingest time). Collisions are checked.
  std::unordered_map<std::uint64_t, Known> known_;
  std::vector<Known*> changed_;  // Entries with seen_changed set; node pointers are stable.
};

}  // namespace rauch::store::sqlite
