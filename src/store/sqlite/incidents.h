#pragma once

// The SQL behind the Store's incidents (store/incident_record.h). SqliteStore forwards to
// these.

#include <sqlite3.h>

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "store/sqlite/transaction.h"
#include "store/store.h"

namespace rauch::store::sqlite {

[[nodiscard]] Result<IncidentUpdate> record_incident(sqlite3* db, Transactions& transactions,
                                                     const IncidentRecord& incident);
[[nodiscard]] Result<std::vector<IncidentRecord>> list_incidents(sqlite3* db,
                                                                 const IncidentFilter& filter);
[[nodiscard]] Result<std::optional<IncidentRecord>> find_incident(sqlite3* db, std::int64_t id);
[[nodiscard]] Result<IncidentRecord> acknowledge_incident(sqlite3* db, Transactions& transactions,
                                                          std::int64_t id, std::string_view by,
                                                          Timestamp at);
[[nodiscard]] Result<IncidentRecord> resolve_incident(sqlite3* db, Transactions& transactions,
                                                      std::int64_t id, std::string_view by,
                                                      Timestamp at);

}  // namespace rauch::store::sqlite
