#pragma once

// Versioned schema migrations for the SQLite store. The schema version is SQLite's
// user_version; each migration runs in its own transaction, so a process killed during a
// migration leaves the database at the previous version.

#include <sqlite3.h>

#include "core/error.h"

namespace rauch::store::sqlite {

// The newest schema this binary knows.
int latest_schema_version();

// Brings the database up to latest_schema_version(). Returns the version it is at. A
// database written by a newer binary is refused with kConflict (nothing is changed).
[[nodiscard]] Result<int> migrate(sqlite3* db);
// Brings the database up to target_version (1..latest) and no further; tests use it to
// build the databases older releases wrote.
[[nodiscard]] Result<int> migrate(sqlite3* db, int target_version);

// The indexes that only speed up reads, which bulk loading drops and rebuilds (see
// Store::begin_bulk_load). ensure_read_indexes creates the missing ones.
[[nodiscard]] Result<void> drop_read_indexes(sqlite3* db);
[[nodiscard]] Result<void> ensure_read_indexes(sqlite3* db);

}  // namespace rauch::store::sqlite
