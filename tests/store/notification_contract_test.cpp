// The contract for the notification outbox, part of StoreContract (store_contract_test.h).

#include <gtest/gtest.h>

#include "store/store_contract_test.h"

namespace rauch::store {
namespace {

NotificationRecord pending(std::int64_t incident_id, std::string channel, std::int64_t due_ms) {
  NotificationRecord r;
  r.incident_id = incident_id;
  r.event = "opened";
  r.channel = std::move(channel);
  r.recipient = "ben";
  r.address = "ben@velora.example";
  r.level = 1;
  r.body = R"({"event":"opened"})";
  r.next_attempt_at = Timestamp{due_ms};
  r.created_at = Timestamp{due_ms};
  return r;
}

TEST_P(StoreContract, EnqueuesANotificationAsPendingAndKeepsItsFields) {
  NotificationRecord record = pending(7, "smtp", 1000);
  record.status = NotificationStatus::kSent;  // Ignored: a new row is pending.
  record.attempts = 3;
  auto id = store().enqueue_notification(record);
  ASSERT_TRUE(id) << id.error().message();
  auto listed = store().list_notifications({});
  ASSERT_TRUE(listed);
  ASSERT_EQ(listed->size(), 1u);
  const NotificationRecord& r = (*listed)[0];
  EXPECT_EQ(r.id, *id);
  EXPECT_EQ(r.incident_id, 7);
  EXPECT_EQ(r.event, "opened");
  EXPECT_EQ(r.channel, "smtp");
  EXPECT_EQ(r.recipient, "ben");
  EXPECT_EQ(r.address, "ben@velora.example");
  EXPECT_EQ(r.level, 1);
  EXPECT_EQ(r.body, R"({"event":"opened"})");
  EXPECT_EQ(r.status, NotificationStatus::kPending);
  EXPECT_EQ(r.attempts, 0);
  EXPECT_EQ(r.next_attempt_at, Timestamp{1000});
  EXPECT_EQ(r.created_at, Timestamp{1000});
  EXPECT_EQ(r.last_error, "");
  EXPECT_FALSE(r.sent_at);
}

TEST_P(StoreContract, RefusesANotificationWithoutChannel) {
  auto id = store().enqueue_notification(pending(1, "", 1000));
  ASSERT_FALSE(id);
  EXPECT_EQ(id.error().code(), ErrorCode::kInvalidArgument);
}

TEST_P(StoreContract, DueNotificationsArePendingOnesWhoseTimeHasComeEarliestFirst) {
  const std::int64_t late = *store().enqueue_notification(pending(1, "smtp", 5000));
  const std::int64_t early = *store().enqueue_notification(pending(1, "slack", 2000));
  (void)*store().enqueue_notification(pending(1, "webhook", 9000));
  auto due = store().due_notifications(Timestamp{5000}, 10);
  ASSERT_TRUE(due) << due.error().message();
  ASSERT_EQ(due->size(), 2u);
  EXPECT_EQ((*due)[0].id, early);
  EXPECT_EQ((*due)[1].id, late);
  EXPECT_EQ(store().due_notifications(Timestamp{5000}, 1)->size(), 1u);
  EXPECT_EQ(store().due_notifications(Timestamp{0}, 0).error().code(),
            ErrorCode::kInvalidArgument);
}

TEST_P(StoreContract, AFailedAttemptWaitsForItsNextTimeThenSucceeds) {
  const std::int64_t id = *store().enqueue_notification(pending(1, "webhook", 1000));
  ASSERT_TRUE(store().mark_notification_failed(id, "webhook: HTTP 500", Timestamp{31'000}));
  EXPECT_TRUE(store().due_notifications(Timestamp{30'999}, 10)->empty());
  auto due = store().due_notifications(Timestamp{31'000}, 10);
  ASSERT_EQ(due->size(), 1u);
  EXPECT_EQ((*due)[0].attempts, 1);
  EXPECT_EQ((*due)[0].last_error, "webhook: HTTP 500");

  ASSERT_TRUE(store().mark_notification_sent(id, Timestamp{31'500}));
  auto sent = store().list_notifications({.incident_id = 1});
  ASSERT_EQ(sent->size(), 1u);
  EXPECT_EQ((*sent)[0].status, NotificationStatus::kSent);
  EXPECT_EQ((*sent)[0].attempts, 2);
  EXPECT_EQ((*sent)[0].sent_at, Timestamp{31'500});
  EXPECT_TRUE(store().due_notifications(Timestamp{99'000}, 10)->empty());

  // A row that is no longer pending is not attempted again.
  EXPECT_EQ(store().mark_notification_sent(id, Timestamp{40'000}).error().code(),
            ErrorCode::kConflict);
  EXPECT_EQ(store().mark_notification_failed(999, "x", std::nullopt).error().code(),
            ErrorCode::kNotFound);
}

TEST_P(StoreContract, GivingUpMarksANotificationFailed) {
  const std::int64_t id = *store().enqueue_notification(pending(1, "smtp", 1000));
  ASSERT_TRUE(store().mark_notification_failed(id, std::string(5000, 'x'), std::nullopt));
  auto failed = store().list_notifications({.status = NotificationStatus::kFailed});
  ASSERT_EQ(failed->size(), 1u);
  EXPECT_EQ((*failed)[0].attempts, 1);
  EXPECT_EQ((*failed)[0].last_error.size(), kMaxNotificationErrorBytes);
  EXPECT_TRUE(store().due_notifications(Timestamp{1'000'000}, 10)->empty());
}

TEST_P(StoreContract, ListsNotificationsOfOneIncidentOldestFirst) {
  (void)*store().enqueue_notification(pending(1, "smtp", 3000));
  (void)*store().enqueue_notification(pending(2, "smtp", 1000));
  (void)*store().enqueue_notification(pending(1, "slack", 2000));
  auto listed = store().list_notifications({.incident_id = 1});
  ASSERT_EQ(listed->size(), 2u);
  EXPECT_EQ((*listed)[0].channel, "slack");
  EXPECT_EQ((*listed)[1].channel, "smtp");
}

}  // namespace
}  // namespace rauch::store
