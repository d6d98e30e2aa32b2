#include "store/sqlite/author_registry.h"

namespace rauch::store::sqlite {
namespace {

constexpr std::string_view kSelect =
    "SELECT id, first_seen, last_seen, handle, name, followers, verified, usual_language, "
    "language_lead FROM authors "
    "WHERE source = ?1 AND ext_id = ?2";
constexpr std::string_view kInsert =
    "INSERT INTO authors (source, ext_id, handle, name, followers, verified, first_seen, "
    "last_seen) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)";
// Fields the newer post does not give keep their stored value.
constexpr std::string_view kUpdateProfile =
    "UPDATE authors SET handle = coalesce(?2, handle), name = coalesce(?3, name), "
    "followers = coalesce(?4, followers), verified = coalesce(?5, verified) WHERE id = ?1";
// min/max keep the work of a concurrent writer (the language vote of the last writer
// wins: it is a habit, not a count that must be exact).
constexpr std::string_view kUpdateSeen =
    "UPDATE authors SET first_seen = min(first_seen, ?2), last_seen = max(last_seen, ?3), "
    "usual_language = ?4, language_lead = ?5 WHERE id = ?1";

// FNV-1a over the source and the author id.
std::uint64_t author_hash(Source source, std::string_view id) {
  std::uint64_t h = 14695981039346656037ULL ^ static_cast<std::uint64_t>(source);
  h *= 1099511628211ULL;
  for (const char c : id) {
    h ^= static_cast<unsigned char>(c);
    h *= 1099511628211ULL;
  }
  return h;
}

void read_profile(const Statement& s, int first_column, AuthorRegistry::Known& known) {
  known.handle = s.column_text(first_column);
  known.name = s.column_text(first_column + 1);
  if (!s.is_null(first_column + 2)) {
    known.followers = s.column_int64(first_column + 2);
  }
  if (!s.is_null(first_column + 3)) {
    known.verified = s.column_int64(first_column + 3) != 0;
  }
}

}  // namespace

Result<AuthorRegistry> AuthorRegistry::create(sqlite3* db) {
  auto select = Statement::prepare(db, kSelect);
  auto insert = Statement::prepare(db, kInsert);
  auto update_profile = Statement::prepare(db, kUpdateProfile);
  auto update_seen = Statement::prepare(db, kUpdateSeen);
  for (auto* stmt : {&select, &insert, &update_profile, &update_seen}) {
    if (!*stmt) {
      return fail<AuthorRegistry>(stmt->error());
    }
  }
  return AuthorRegistry(std::move(*select), std::move(*insert), std::move(*update_profile),
                        std::move(*update_seen));
}

Result<AuthorRegistry::Known> AuthorRegistry::load_or_insert(const Post& post) {
  const std::string_view source = source_name(post.source);
  select_.reset();
  select_.bind_text(1, source);
  select_.bind_text(2, post.author.id);
  auto row = select_.step();
  if (!row) {
    return fail<Known>(row.error());
  }
  Known known;
  known.source = post.source;
  known.author_id = post.author.id;
  if (*row) {
    known.key = select_.column_int64(0);
    known.first_ms = select_.column_int64(1);
    known.last_ms = select_.column_int64(2);
    read_profile(select_, 3, known);
    known.language.language = select_.column_text(7);
    known.language.lead = select_.column_int64(8);
    return known;
  }
  const Author& a = post.author;
  insert_.reset();
  insert_.bind_text(1, source);
  insert_.bind_text(2, a.id);
  insert_.bind_text_or_null(3, a.handle);
  insert_.bind_text_or_null(4, a.name);
  insert_.bind_int64(5, a.followers);
  insert_.bind_bool(6, a.verified);
  insert_.bind_int64(7, post.created_at.ms);
  if (auto ran = insert_.run(); !ran) {
    return fail<Known>(ran.error());
  }
  known.key = sqlite3_last_insert_rowid(insert_.db());
  known.first_ms = known.last_ms = post.created_at.ms;
  known.handle = a.handle;
  known.name = a.name;
  known.followers = a.followers;
  known.verified = a.verified;
  return known;
}

Result<AuthorRegistry::Known*> AuthorRegistry::resolve(const Post& post) {
  const std::uint64_t hash = author_hash(post.source, post.author.id);
  auto it = known_.find(hash);
  if (it != known_.end() && it->second.source == post.source &&
      it->second.author_id == post.author.id) {
    return &it->second;
  }
  if (it != known_.end() || known_.size() >= kMaxKnown) {
    // A hash collision (the newer author takes the slot) or a full registry: write what
    // is pending first, since changed_ points into the entries.
    if (auto flushed = flush(); !flushed) {
      return fail<Known*>(flushed.error());
    }
    if (known_.size() >= kMaxKnown) {
      known_.clear();
      it = known_.end();
    }
  }
  auto known = load_or_insert(post);
  if (!known) {
    return fail<Known*>(known.error());
  }
  if (it != known_.end()) {
    it->second = std::move(*known);
    return &it->second;
  }
  return &known_.emplace(hash, std::move(*known)).first->second;
}

Result<void> AuthorRegistry::note_stored(const Post& post, Known& k,
                                         std::string_view detected_language) {
  const std::int64_t t = post.created_at.ms;
  const LanguageVote before = k.language;
  k.language.add(detected_language);
  if (t < k.first_ms || t > k.last_ms || k.language != before) {
    k.first_ms = std::min(k.first_ms, t);
    k.last_ms = std::max(k.last_ms, t);
    if (!k.seen_changed) {
      k.seen_changed = true;
      changed_.push_back(&k);
    }
  }
  if (t < k.last_ms) {
    return {};  // Not the newest post: the profile stays.
  }
  const Author& a = post.author;
  const bool changed =
      (!a.handle.empty() && a.handle != k.handle) || (!a.name.empty() && a.name != k.name) ||
      (a.followers && a.followers != k.followers) || (a.verified && a.verified != k.verified);
  if (!changed) {
    return {};
  }
  update_profile_.reset();
  update_profile_.bind_int64(1, k.key);
  update_profile_.bind_text_or_null(2, a.handle);
  update_profile_.bind_text_or_null(3, a.name);
  update_profile_.bind_int64(4, a.followers);
  update_profile_.bind_bool(5, a.verified);
  if (auto ran = update_profile_.run(); !ran) {
    return ran;
  }
  if (!a.handle.empty()) {
    k.handle = a.handle;
  }
  if (!a.name.empty()) {
    k.name = a.name;
  }
  if (a.followers) {
    k.followers = a.followers;
  }
  if (a.verified) {
    k.verified = a.verified;
  }
  return {};
}

Result<void> AuthorRegistry::flush() {
  for (Known* k : changed_) {
    update_seen_.reset();
    update_seen_.bind_int64(1, k->key);
    update_seen_.bind_int64(2, k->first_ms);
    update_seen_.bind_int64(3, k->last_ms);
    update_seen_.bind_text_or_null(4, k->language.language);
    update_seen_.bind_int64(5, k->language.lead);
    if (auto ran = update_seen_.run(); !ran) {
      return ran;
    }
    k->seen_changed = false;
  }
  changed_.clear();
  return {};
}

}  // namespace rauch::store::sqlite
