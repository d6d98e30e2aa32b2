#pragma once

// Thin RAII wrappers over the SQLite C API: a connection and a prepared statement, with
// failures turned into Result values that name the SQL operation.

#include <sqlite3.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "core/error.h"

namespace rauch::store::sqlite {

// An error as the failed Result of any type: `return fail<Post>(stmt.error());`.
template <typename T>
Result<T> fail(Error error) {
  return tl::unexpected(std::move(error));
}

struct ConnectionDeleter {
  void operator()(sqlite3* db) const { sqlite3_close_v2(db); }
};
using Connection = std::unique_ptr<sqlite3, ConnectionDeleter>;

// Maps a SQLite result code to an Error: busy, locked, full disk and I/O failures are
// kUnavailable (trying again later may help); everything else is kInternal.
Error sqlite_error(sqlite3* db, int rc, std::string_view what);

// Runs SQL that returns no rows (may hold several statements).
[[nodiscard]] Result<void> exec(sqlite3* db, std::string_view sql);

// A prepared statement. Bind indexes start at 1, column indexes at 0, as in SQLite.
// Text bound with bind_text must stay alive until the next reset() or step() finishes.
class Statement {
 public:
  [[nodiscard]] static Result<Statement> prepare(sqlite3* db, std::string_view sql);

  void bind_text(int index, std::string_view text);
  void bind_text_or_null(int index, std::string_view text);  // NULL when empty.
  void bind_int64(int index, std::int64_t value);
  void bind_int64(int index, const std::optional<std::int64_t>& value);
  void bind_double(int index, const std::optional<double>& value);
  void bind_bool(int index, const std::optional<bool>& value);
  void bind_null(int index);

  // Steps once: true when a row is available, false when done.
  [[nodiscard]] Result<bool> step();
  // Steps a statement that returns no rows.
  [[nodiscard]] Result<void> run();
  // Ready to bind and step again (bindings are cleared).
  void reset();

  bool is_null(int column) const;
  std::int64_t column_int64(int column) const;
  std::optional<std::int64_t> column_int64_or_null(int column) const;  // nullopt for NULL.
  double column_double(int column) const;
  std::string_view column_text(int column) const;  // Valid until the next step().

  sqlite3* db() const { return db_; }

 private:
  struct Finalizer {
    void operator()(sqlite3_stmt* stmt) const { sqlite3_finalize(stmt); }
  };
  Statement(sqlite3* db, sqlite3_stmt* stmt) : db_(db), stmt_(stmt) {}

  sqlite3* db_;  // Not owned: the connection outlives its statements.
  std::unique_ptr<sqlite3_stmt, Finalizer> stmt_;
};

}  // namespace rauch::store::sqlite
