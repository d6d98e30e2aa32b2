#include "store/sqlite/transaction.h"

namespace rauch::store::sqlite {

Result<Transactions> Transactions::create(sqlite3* db) {
  auto begin = Statement::prepare(db, "BEGIN IMMEDIATE");
  auto commit = Statement::prepare(db, "COMMIT");
  auto rollback = Statement::prepare(db, "ROLLBACK");
  for (auto* stmt : {&begin, &commit, &rollback}) {
    if (!*stmt) {
      return tl::unexpected(stmt->error());
    }
  }
  return Transactions(std::move(*begin), std::move(*commit), std::move(*rollback));
}

}  // namespace rauch::store::sqlite
