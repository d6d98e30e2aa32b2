#pragma once

// Write transactions with statements prepared once: BEGIN IMMEDIATE takes the write lock
// up front, so a transaction never fails halfway because another process wrote first.

#include <sqlite3.h>

#include <utility>

#include "core/error.h"
#include "store/sqlite/statement.h"

namespace rauch::store::sqlite {

// Not thread-safe; belongs to one connection.
class Transactions {
 public:
  [[nodiscard]] static Result<Transactions> create(sqlite3* db);

  // Runs body() (which returns a Result) in a transaction: commits when it succeeds, rolls
  // back when it or the commit fails, and returns its result or the first error.
  template <typename Body>
  auto run(Body&& body) -> decltype(body()) {
    begin_.reset();
    if (auto begun = begin_.run(); !begun) {
      return tl::unexpected(std::move(begun).error());
    }
    auto result = std::forward<Body>(body)();
    if (result) {
      commit_.reset();
      auto committed = commit_.run();
      if (committed) {
        return result;
      }
      result = tl::unexpected(std::move(committed).error());
    }
    rollback_.reset();
    (void)rollback_.run();
    return result;
  }

 private:
  Transactions(Statement begin, Statement commit, Statement rollback)
      : begin_(std::move(begin)), commit_(std::move(commit)), rollback_(std::move(rollback)) {}

  Statement begin_;
  Statement commit_;
  Statement rollback_;
};

}  // namespace rauch::store::sqlite
