// EventHub on its own: ids, the ring a reconnecting client replays from, resets, waiting
// and closing.

#include "server/event_hub.h"

#include <thread>

#include <gtest/gtest.h>

namespace rauch::server {
namespace {

using Clock = std::chrono::steady_clock;

std::vector<std::int64_t> ids(const EventBatch& batch) {
  std::vector<std::int64_t> out;
  for (const Event& e : batch.events)
    out.push_back(e.id);
  return out;
}

TEST(EventHub, IdsCountUpFromTheFirstIdAndAReaderGetsWhatCameAfterItsId) {
  EventHub hub(10, 4, 500);
  EXPECT_EQ(hub.last_id(), 499);
  EXPECT_EQ(hub.publish("match", "{\"n\":1}"), 500);
  EXPECT_EQ(hub.publish("match", "{\"n\":2}"), 501);
  EXPECT_EQ(hub.publish("incident", "{}"), 502);
  const EventBatch batch = hub.wait_after(500, Clock::now());
  EXPECT_FALSE(batch.reset_id);
  EXPECT_EQ(ids(batch), (std::vector<std::int64_t>{501, 502}));
  EXPECT_EQ(batch.events[0].data, "{\"n\":2}");
  EXPECT_EQ(batch.events[1].kind, "incident");
  EXPECT_EQ(ids(hub.wait_after(499, Clock::now(), 2)), (std::vector<std::int64_t>{500, 501}));
  EXPECT_TRUE(hub.wait_after(502, Clock::now()).events.empty());
}

TEST(EventHub, AnIdOlderThanTheRingOrFromAnotherRunGetsAResetAndTheWholeRing) {
  EventHub hub(3, 4, 100);
  for (int i = 0; i < 5; ++i)
    hub.publish("match", "{}");  // 100..104; the ring keeps 102..104.
  const EventBatch lost = hub.wait_after(100, Clock::now());
  EXPECT_EQ(lost.reset_id, 101);
  EXPECT_EQ(ids(lost), (std::vector<std::int64_t>{102, 103, 104}));
  EXPECT_FALSE(hub.wait_after(101, Clock::now()).reset_id);  // Nothing lost after 101.
  // From before this run (below the first id) and from the future (a later run).
  EXPECT_EQ(hub.wait_after(7, Clock::now()).reset_id, 101);
  EXPECT_EQ(hub.wait_after(999, Clock::now()).reset_id, 101);
  EventHub fresh(3, 4, 100);
  EXPECT_EQ(fresh.wait_after(50, Clock::now()).reset_id, 99);
  EXPECT_FALSE(fresh.wait_after(99, Clock::now()).reset_id);
}

TEST(EventHub, WallClockIdsOfALaterStartAreAboveTheEarlierOnes) {
  const std::int64_t first = EventHub::wall_clock_first_id();
  EventHub hub(10, 1, first);
  for (int i = 0; i < 100; ++i)
    hub.publish("match", "{}");
  EXPECT_GT(first, 1'600'000'000'000'000);      // after 2020, in microseconds
  EXPECT_LT(first, 9'007'199'254'740'992 / 2);  // far below 2^53
  EXPECT_GE(EventHub::wall_clock_first_id() + 100'000, hub.last_id());
}

TEST(EventHub, AWaitingReaderWakesForAnEventAndForClose) {
  EventHub hub(10, 4, 1);
  std::thread publisher([&] { hub.publish("match", "{}"); });
  const EventBatch batch = hub.wait_after(0, Clock::now() + std::chrono::seconds(30));
  publisher.join();
  EXPECT_EQ(ids(batch), std::vector<std::int64_t>{1});

  std::thread closer([&] { hub.close(); });
  const auto start = Clock::now();
  const EventBatch closed = hub.wait_after(1, Clock::now() + std::chrono::seconds(30));
  closer.join();
  EXPECT_TRUE(closed.closed);
  EXPECT_LT(Clock::now() - start, std::chrono::seconds(10));
}

TEST(EventHub, SubscriptionsAreLimitedAndGiveTheirPlaceBack) {
  EventHub hub(10, 2, 1);
  auto a = hub.subscribe();
  auto b = hub.subscribe();
  ASSERT_TRUE(a && b);
  EXPECT_EQ(hub.subscribers(), 2);
  EXPECT_FALSE(hub.subscribe());
  a.reset();
  EXPECT_EQ(hub.subscribers(), 1);
  EXPECT_TRUE(hub.subscribe());
}

}  // namespace
}  // namespace rauch::server
