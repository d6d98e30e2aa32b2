#pragma once

// The SQL behind the Store's users and API tokens (store/access_record.h). SqliteStore
// forwards to these.

#include <sqlite3.h>

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "store/access_record.h"
#include "store/store.h"

namespace rauch::store::sqlite {

[[nodiscard]] Result<void> add_user(sqlite3* db, const UserRecord& user);
[[nodiscard]] Result<std::vector<UserRecord>> list_users(sqlite3* db);
[[nodiscard]] Result<std::optional<UserRecord>> find_user(sqlite3* db, std::string_view name);
[[nodiscard]] Result<bool> remove_user(sqlite3* db, std::string_view name, Timestamp at);
[[nodiscard]] Result<std::int64_t> add_token(sqlite3* db, const TokenRecord& token);
[[nodiscard]] Result<std::optional<TokenRecord>> find_token(sqlite3* db, std::string_view public_id);
[[nodiscard]] Result<std::vector<TokenRecord>> list_tokens(sqlite3* db);
[[nodiscard]] Result<TokenRecord> revoke_token(sqlite3* db, std::int64_t id, Timestamp at);

}  // namespace rauch::store::sqlite
