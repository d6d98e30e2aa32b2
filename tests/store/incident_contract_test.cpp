// The contract for incidents, part of StoreContract (store_contract_test.h).

#include <gtest/gtest.h>

#include "store/store_contract_test.h"

namespace rauch::store {
namespace {

IncidentRecord volume_incident(Severity severity, std::int64_t at_ms, std::string title) {
  IncidentRecord r;
  r.key = "volume:velora";
  r.query_id = "velora";
  r.kind = "volume";
  r.severity = severity;
  r.title = std::move(title);
  r.explanation = "412 posts in 15 min, expected 45";
  r.details_json = R"({"observed":412,"expected":45.2})";
  r.started_at = Timestamp{at_ms};
  r.updated_at = Timestamp{at_ms};
  return r;
}

TEST_P(StoreContract, OpensAnIncidentAndUpdatesItWhileItLasts) {
  auto first = store().record_incident(volume_incident(Severity::kWarning, 1000, "surge"));
  ASSERT_TRUE(first) << first.error().message();
  EXPECT_TRUE(first->opened);
  EXPECT_FALSE(first->severity_rose);

  // The same key while unresolved: the same incident, severity rising.
  IncidentRecord worse = volume_incident(Severity::kCritical, 5000, "bigger surge");
  worse.started_at = Timestamp{5000};
  auto second = store().record_incident(worse);
  ASSERT_TRUE(second);
  EXPECT_EQ(second->id, first->id);
  EXPECT_FALSE(second->opened);
  EXPECT_TRUE(second->severity_rose);

  // A calmer update keeps the severity reached.
  auto third = store().record_incident(volume_incident(Severity::kInfo, 9000, "calmer"));
  ASSERT_TRUE(third);
  EXPECT_FALSE(third->severity_rose);
  auto stored = store().find_incident(first->id);
  ASSERT_TRUE(stored && stored->has_value());
  const IncidentRecord& r = **stored;
  EXPECT_EQ(r.severity, Severity::kCritical);
  EXPECT_EQ(r.title, "calmer");
  EXPECT_EQ(r.started_at.ms, 1000);
  EXPECT_EQ(r.updated_at.ms, 9000);
  EXPECT_EQ(r.status, IncidentStatus::kOpen);
  EXPECT_EQ(r.details_json, R"({"observed":412,"expected":45.2})");

  auto listed = store().list_incidents({});
  ASSERT_TRUE(listed);
  ASSERT_EQ(listed->size(), 1u);
  EXPECT_EQ((*listed)[0], r);
}

TEST_P(StoreContract, IncidentLifecycleIsOpenAcknowledgedResolved) {
  const std::int64_t id = store().record_incident(volume_incident(Severity::kCritical, 1000, "x"))->id;
  auto acked = store().acknowledge_incident(id, "anna", Timestamp{2000});
  ASSERT_TRUE(acked) << acked.error().message();
  EXPECT_EQ(acked->status, IncidentStatus::kAcknowledged);
  EXPECT_EQ(acked->acknowledged_by, "anna");
  EXPECT_EQ(acked->acknowledged_at, Timestamp{2000});

  auto again = store().acknowledge_incident(id, "ben", Timestamp{2500});
  ASSERT_FALSE(again);
  EXPECT_EQ(again.error().code(), ErrorCode::kConflict);
  EXPECT_NE(again.error().message().find("anna"), std::string::npos);

  // Still the same incident for detection while acknowledged.
  EXPECT_FALSE(store().record_incident(volume_incident(Severity::kCritical, 3000, "y"))->opened);

  auto resolved = store().resolve_incident(id, "ben", Timestamp{4000});
  ASSERT_TRUE(resolved);
  EXPECT_EQ(resolved->status, IncidentStatus::kResolved);
  EXPECT_EQ(resolved->resolved_by, "ben");
  EXPECT_EQ(resolved->acknowledged_by, "anna");
  EXPECT_EQ(store().resolve_incident(id, "ben", Timestamp{5000}).error().code(),
            ErrorCode::kConflict);
  EXPECT_EQ(store().acknowledge_incident(id, "ben", Timestamp{5000}).error().code(),
            ErrorCode::kConflict);

  // Resolved ones are listed only when asked for; the key opens a new incident.
  EXPECT_TRUE(store().list_incidents({})->empty());
  EXPECT_EQ(store().list_incidents({.statuses = {IncidentStatus::kResolved}})->size(), 1u);
  auto next = store().record_incident(volume_incident(Severity::kWarning, 9000, "again"));
  ASSERT_TRUE(next);
  EXPECT_TRUE(next->opened);
  EXPECT_NE(next->id, id);
}

TEST_P(StoreContract, RefusesBadIncidentsAndUnknownIds) {
  IncidentRecord no_key = volume_incident(Severity::kInfo, 1000, "x");
  no_key.key.clear();
  EXPECT_EQ(store().record_incident(no_key).error().code(), ErrorCode::kInvalidArgument);
  IncidentRecord backwards = volume_incident(Severity::kInfo, 1000, "x");
  backwards.started_at = Timestamp{2000};
  EXPECT_EQ(store().record_incident(backwards).error().code(), ErrorCode::kInvalidArgument);
  IncidentRecord bad_details = volume_incident(Severity::kInfo, 1000, "x");
  bad_details.details_json = "[1, 2";
  EXPECT_EQ(store().record_incident(bad_details).error().code(), ErrorCode::kInvalidArgument);
  EXPECT_EQ(store().acknowledge_incident(42, "anna", Timestamp{1}).error().code(),
            ErrorCode::kNotFound);
  EXPECT_EQ(store().resolve_incident(42, "anna", Timestamp{1}).error().code(),
            ErrorCode::kNotFound);
  EXPECT_FALSE(store().find_incident(42)->has_value());
  EXPECT_FALSE(store().list_incidents({.limit = 0}));
}

}  // namespace
}  // namespace rauch::store
