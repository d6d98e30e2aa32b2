#pragma once

// The SQL behind the Store's notification outbox (store/notification_record.h).
// SqliteStore forwards to these. Each is one statement, so each is atomic on its own.

#include <sqlite3.h>

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "store/store.h"

namespace rauch::store::sqlite {

[[nodiscard]] Result<std::int64_t> enqueue_notification(sqlite3* db,
                                                        const NotificationRecord& record);
[[nodiscard]] Result<std::vector<NotificationRecord>> due_notifications(sqlite3* db,
                                                                        Timestamp now,
                                                                        std::int64_t limit);
[[nodiscard]] Result<std::vector<NotificationRecord>> list_notifications(
    sqlite3* db, const NotificationFilter& filter);
[[nodiscard]] Result<void> mark_notification_sent(sqlite3* db, std::int64_t id, Timestamp at);
[[nodiscard]] Result<void> mark_notification_failed(sqlite3* db, std::int64_t id,
                                                    std::string_view error,
                                                    std::optional<Timestamp> next_attempt_at);

}  // namespace rauch::store::sqlite
