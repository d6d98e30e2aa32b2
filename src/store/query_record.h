#pragma once

// A saved query as the store keeps it: the text as the user wrote it plus the
// bookkeeping around it. The store neither parses nor compiles the text (query/ does).

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/error.h"
#include "core/timestamp.h"

namespace rauch::store {

// What a query watches; dashboards group and compare by it. Stores persist the name.
enum class QueryCategory : std::uint8_t { kBrand, kCompetitor, kTopic };

// "brand", "competitor", "topic", and the inverse (nullopt for unknown names).
std::string_view query_category_name(QueryCategory category);
std::optional<QueryCategory> query_category_from_name(std::string_view name);

struct QueryRecord {
  std::string id;    // Unique; 1..kMaxQueryIdBytes.
  std::string text;  // The query as the user wrote it; 1..kMaxQueryTextBytes.
  std::string name;  // For people; may be empty.
  QueryCategory category = QueryCategory::kTopic;
  std::string owner;  // Who maintains it; may be empty.
  // Wall clock (bookkeeping, not event time), given by the caller: the store reads no
  // clock, so tests and replays control it.
  Timestamp created_at;
  Timestamp updated_at;

  friend bool operator==(const QueryRecord&, const QueryRecord&) = default;
};

// Limits the store enforces so a row stays small; the query language may be stricter.
inline constexpr std::size_t kMaxQueryIdBytes = 128;
inline constexpr std::size_t kMaxQueryTextBytes = 64 * 1024;
inline constexpr std::size_t kMaxQueryNameBytes = 256;  // name and owner.

// kInvalidArgument naming the field when the id or text is empty, a field is over its
// limit or the category is not one of the enumerators. Every Store checks records with it
// before writing them.
[[nodiscard]] Result<void> validate_query_record(const QueryRecord& record);

}  // namespace rauch::store
