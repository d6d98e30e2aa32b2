#include "store/sqlite/statement.h"

#include <fmt/format.h>

namespace rauch::store::sqlite {

Error sqlite_error(sqlite3* db, int rc, std::string_view what) {
  const char* detail = db != nullptr ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
  ErrorCode code = ErrorCode::kInternal;
  switch (rc & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
    case SQLITE_FULL:
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
    case SQLITE_READONLY:
    case SQLITE_PERM:
      code = ErrorCode::kUnavailable;
      break;
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
      code = ErrorCode::kInvalidArgument;
      break;
    default:
      break;
  }
  return Error(code, fmt::format("{}: {}", what, detail));
}

Result<void> exec(sqlite3* db, std::string_view sql) {
  const std::string text(sql);
  char* message = nullptr;
  const int rc = sqlite3_exec(db, text.c_str(), nullptr, nullptr, &message);
  if (rc != SQLITE_OK) {
    std::string detail = message != nullptr ? message : sqlite3_errstr(rc);
    sqlite3_free(message);
    Error error = sqlite_error(db, rc, "sql");
    return make_error(error.code(), fmt::format("sql failed: {}", detail));
  }
  return {};
}

Result<Statement> Statement::prepare(sqlite3* db, std::string_view sql) {
  sqlite3_stmt* stmt = nullptr;
  const int rc = sqlite3_prepare_v3(db, sql.data(), static_cast<int>(sql.size()),
                                    SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
  if (rc != SQLITE_OK) {
    return tl::unexpected(sqlite_error(db, rc, "preparing a statement"));
  }
  return Statement(db, stmt);
}

void Statement::bind_text(int index, std::string_view text) {
  sqlite3_bind_text64(stmt_.get(), index, text.data(), text.size(), SQLITE_STATIC, SQLITE_UTF8);
}

void Statement::bind_text_or_null(int index, std::string_view text) {
  if (text.empty()) {
    bind_null(index);
  } else {
    bind_text(index, text);
  }
}

void Statement::bind_int64(int index, std::int64_t value) {
  sqlite3_bind_int64(stmt_.get(), index, value);
}

void Statement::bind_int64(int index, const std::optional<std::int64_t>& value) {
  if (value) {
    bind_int64(index, *value);
  } else {
    bind_null(index);
  }
}

void Statement::bind_double(int index, const std::optional<double>& value) {
  if (value) {
    sqlite3_bind_double(stmt_.get(), index, *value);
  } else {
    bind_null(index);
  }
}

void Statement::bind_bool(int index, const std::optional<bool>& value) {
  if (value) {
    bind_int64(index, *value ? 1 : 0);
  } else {
    bind_null(index);
  }
}

void Statement::bind_null(int index) { sqlite3_bind_null(stmt_.get(), index); }

Result<bool> Statement::step() {
  const int rc = sqlite3_step(stmt_.get());
  if (rc == SQLITE_ROW) {
    return true;
  }
  if (rc == SQLITE_DONE) {
    return false;
  }
  return tl::unexpected(sqlite_error(db_, rc, "sql step"));
}

Result<void> Statement::run() {
  auto row = step();
  if (!row) {
    return tl::unexpected(std::move(row).error());
  }
  return {};
}

void Statement::reset() {
  sqlite3_reset(stmt_.get());
  sqlite3_clear_bindings(stmt_.get());
}

bool Statement::is_null(int column) const {
  return sqlite3_column_type(stmt_.get(), column) == SQLITE_NULL;
}

std::int64_t Statement::column_int64(int column) const {
  return sqlite3_column_int64(stmt_.get(), column);
}

std::optional<std::int64_t> Statement::column_int64_or_null(int column) const {
  if (is_null(column)) {
    return std::nullopt;
  }
  return column_int64(column);
}

double Statement::column_double(int column) const {
  return sqlite3_column_double(stmt_.get(), column);
}

std::string_view Statement::column_text(int column) const {
  const auto* text = sqlite3_column_text(stmt_.get(), column);
  if (text == nullptr) {
    return {};
  }
  return {reinterpret_cast<const char*>(text),
          static_cast<std::size_t>(sqlite3_column_bytes(stmt_.get(), column))};
}

}  // namespace rauch::store::sqlite
