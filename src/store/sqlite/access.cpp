#include "store/sqlite/access.h"

#include <fmt/format.h>

#include "store/sqlite/statement.h"

namespace rauch::store::sqlite {
namespace {

constexpr std::string_view kTokenColumns =
    "SELECT id, public_id, user_name, role, secret_hash, created_at, revoked_at FROM api_tokens";

TokenRecord read_token(const Statement& s) {
  TokenRecord t;
  t.id = s.column_int64(0);
  t.public_id = s.column_text(1);
  t.user = s.column_text(2);
  t.role = role_from_name(s.column_text(3)).value_or(Role::kViewer);
  t.secret_hash = s.column_text(4);
  t.created_at = Timestamp{s.column_int64(5)};
  if (auto at = s.column_int64_or_null(6))
    t.revoked_at = Timestamp{*at};
  return t;
}

UserRecord read_user(const Statement& s) {
  UserRecord u;
  u.name = s.column_text(0);
  u.role = role_from_name(s.column_text(1)).value_or(Role::kViewer);
  u.password_hash = s.column_text(2);
  u.created_at = Timestamp{s.column_int64(3)};
  return u;
}

// Runs a statement that returns no rows.
Result<void> run(Statement& stmt) {
  auto row = stmt.step();
  if (!row)
    return fail<void>(row.error());
  return {};
}

}  // namespace

Result<void> add_user(sqlite3* db, const UserRecord& user) {
  if (!valid_user_name(user.name))
    return make_error(ErrorCode::kInvalidArgument,
                      fmt::format("user name must be 1 to {} characters of A-Z a-z 0-9 . _ @ -",
                                  kMaxUserNameBytes));
  auto existing = find_user(db, user.name);
  if (!existing)
    return fail<void>(existing.error());
  if (*existing)
    return make_error(ErrorCode::kConflict, fmt::format("user {} already exists", user.name));
  auto stmt = Statement::prepare(
      db, "INSERT INTO users (name, role, password_hash, created_at) VALUES (?1, ?2, ?3, ?4)");
  if (!stmt)
    return fail<void>(stmt.error());
  stmt->bind_text(1, user.name);
  stmt->bind_text(2, role_name(user.role));
  stmt->bind_text(3, user.password_hash);
  stmt->bind_int64(4, user.created_at.ms);
  return run(*stmt);
}

Result<std::vector<UserRecord>> list_users(sqlite3* db) {
  auto stmt = Statement::prepare(
      db, "SELECT name, role, password_hash, created_at FROM users ORDER BY name");
  if (!stmt)
    return fail<std::vector<UserRecord>>(stmt.error());
  std::vector<UserRecord> users;
  while (true) {
    auto row = stmt->step();
    if (!row)
      return fail<std::vector<UserRecord>>(row.error());
    if (!*row)
      break;
    users.push_back(read_user(*stmt));
  }
  return users;
}

Result<std::optional<UserRecord>> find_user(sqlite3* db, std::string_view name) {
  auto stmt = Statement::prepare(
      db, "SELECT name, role, password_hash, created_at FROM users WHERE name = ?1");
  if (!stmt)
    return fail<std::optional<UserRecord>>(stmt.error());
  stmt->bind_text(1, name);
  auto row = stmt->step();
  if (!row)
    return fail<std::optional<UserRecord>>(row.error());
  if (!*row)
    return std::optional<UserRecord>();
  return std::optional<UserRecord>(read_user(*stmt));
}

Result<bool> remove_user(sqlite3* db, std::string_view name, Timestamp at) {
  // The user's tokens stop working with the user; their rows stay (who had access when).
  auto revoke = Statement::prepare(
      db, "UPDATE api_tokens SET revoked_at = ?2 WHERE user_name = ?1 AND revoked_at IS NULL");
  if (!revoke)
    return fail<bool>(revoke.error());
  revoke->bind_text(1, name);
  revoke->bind_int64(2, at.ms);
  if (auto done = run(*revoke); !done)
    return fail<bool>(done.error());
  auto stmt = Statement::prepare(db, "DELETE FROM users WHERE name = ?1");
  if (!stmt)
    return fail<bool>(stmt.error());
  stmt->bind_text(1, name);
  if (auto done = run(*stmt); !done)
    return fail<bool>(done.error());
  return sqlite3_changes(db) > 0;
}

Result<std::int64_t> add_token(sqlite3* db, const TokenRecord& token) {
  auto user = find_user(db, token.user);
  if (!user)
    return fail<std::int64_t>(user.error());
  if (!*user)
    return make_error(ErrorCode::kNotFound, fmt::format("no user {}", token.user));
  auto stmt = Statement::prepare(
      db,
      "INSERT INTO api_tokens (public_id, user_name, role, secret_hash, created_at) "
      "VALUES (?1, ?2, ?3, ?4, ?5)");
  if (!stmt)
    return fail<std::int64_t>(stmt.error());
  stmt->bind_text(1, token.public_id);
  stmt->bind_text(2, token.user);
  stmt->bind_text(3, role_name(token.role));
  stmt->bind_text(4, token.secret_hash);
  stmt->bind_int64(5, token.created_at.ms);
  if (auto done = run(*stmt); !done)
    return fail<std::int64_t>(done.error());
  return static_cast<std::int64_t>(sqlite3_last_insert_rowid(db));
}

Result<std::optional<TokenRecord>> find_token(sqlite3* db, std::string_view public_id) {
  auto stmt = Statement::prepare(db, fmt::format("{} WHERE public_id = ?1", kTokenColumns));
  if (!stmt)
    return fail<std::optional<TokenRecord>>(stmt.error());
  stmt->bind_text(1, public_id);
  auto row = stmt->step();
  if (!row)
    return fail<std::optional<TokenRecord>>(row.error());
  if (!*row)
    return std::optional<TokenRecord>();
  return std::optional<TokenRecord>(read_token(*stmt));
}

Result<std::vector<TokenRecord>> list_tokens(sqlite3* db) {
  auto stmt = Statement::prepare(db, fmt::format("{} ORDER BY id", kTokenColumns));
  if (!stmt)
    return fail<std::vector<TokenRecord>>(stmt.error());
  std::vector<TokenRecord> tokens;
  while (true) {
    auto row = stmt->step();
    if (!row)
      return fail<std::vector<TokenRecord>>(row.error());
    if (!*row)
      break;
    tokens.push_back(read_token(*stmt));
  }
  return tokens;
}

Result<TokenRecord> revoke_token(sqlite3* db, std::int64_t id, Timestamp at) {
  auto stmt = Statement::prepare(db, fmt::format("{} WHERE id = ?1", kTokenColumns));
  if (!stmt)
    return fail<TokenRecord>(stmt.error());
  stmt->bind_int64(1, id);
  auto row = stmt->step();
  if (!row)
    return fail<TokenRecord>(row.error());
  if (!*row)
    return make_error(ErrorCode::kNotFound, fmt::format("no token {}", id));
  TokenRecord token = read_token(*stmt);
  if (token.revoked_at)
    return make_error(ErrorCode::kConflict, fmt::format("token {} was already revoked at {}", id,
                                                        format_rfc3339(*token.revoked_at)));
  auto update = Statement::prepare(db, "UPDATE api_tokens SET revoked_at = ?2 WHERE id = ?1");
  if (!update)
    return fail<TokenRecord>(update.error());
  update->bind_int64(1, id);
  update->bind_int64(2, at.ms);
  if (auto done = run(*update); !done)
    return fail<TokenRecord>(done.error());
  token.revoked_at = at;
  return token;
}

}  // namespace rauch::store::sqlite
