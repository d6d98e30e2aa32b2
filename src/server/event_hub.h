#pragma once

// The server's live events (docs/api.md#live-events): what GET /api/v1/events streams.
// Publishers (ingest, detection, incident changes) add events; each gets the next id.
// The last `capacity` events stay in a ring, so a client that reconnects with the last id
// it saw gets exactly what it missed; when that id is no longer in the ring (too old, or
// from before a restart), it is told to reset (reload its lists) and gets the ring.
//
// Ids start at the wall clock in microseconds when the hub is made (unix ms × 1000), not
// at 1: a client that reconnects after a restart then holds an id below the new first id
// and is told to reset, instead of having its id taken for one of the new process's and
// silently skipping events. This holds while the old process published fewer than 1,000
// events per millisecond on average and the clock did not step back; ids stay below
// 2^53, so JavaScript reads them exactly.
//
// Thread-safe: publish, wait_after and subscribe from any thread.

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace rauch::server {

struct Event {
  std::int64_t id = 0;
  std::string kind;  // The SSE `event:` field: match, incident, incident_changed.
  std::string data;  // One line of JSON.
};

// What wait_after found for a reader.
struct EventBatch {
  // Set when events after the reader's id were lost: send `reset` with this id first.
  // The events that follow are all the ring holds.
  std::optional<std::int64_t> reset_id;
  std::vector<Event> events;
  bool closed = false;  // The hub was closed (the server stops): end the stream.
};

class EventHub {
 public:
  // capacity ≥ 1 events kept; at most max_subscribers streams at once. `first_id` is the
  // id of the first event (see above for the wall-clock seed).
  EventHub(std::size_t capacity, int max_subscribers, std::int64_t first_id);

  // The id a hub made now starts at: unix milliseconds × 1000.
  static std::int64_t wall_clock_first_id();

  // Adds an event and wakes the readers; returns its id.
  std::int64_t publish(std::string kind, std::string data);

  // The id of the newest event (first_id - 1 before any): where a reader that wants only
  // what comes next starts.
  std::int64_t last_id() const;

  // The events after `after`, at most `max`; waits for one until `until` when there are
  // none. Returns at once with reset_id when `after` is not a position of this hub's ring
  // (older than the ring, from before this start, or beyond the newest id), and at once
  // with closed when the hub is closed.
  EventBatch wait_after(std::int64_t after, std::chrono::steady_clock::time_point until,
                        std::size_t max = 1000) const;

  // Wakes every reader and makes every later wait_after return closed.
  void close();

  // A place among the streams, held while one is open. nullptr when max_subscribers are
  // open already.
  class Subscription;
  std::shared_ptr<Subscription> subscribe();
  int subscribers() const;
  int max_subscribers() const { return max_subscribers_; }

 private:
  std::size_t capacity_;
  int max_subscribers_;
  mutable std::mutex mutex_;  // Protects everything below.
  mutable std::condition_variable changed_;
  std::deque<Event> ring_;  // Oldest first; ids consecutive.
  std::int64_t last_id_;
  bool closed_ = false;
  int subscribers_ = 0;
};

class EventHub::Subscription {
 public:
  explicit Subscription(EventHub& hub) : hub_(hub) {}
  ~Subscription();
  Subscription(const Subscription&) = delete;
  Subscription& operator=(const Subscription&) = delete;

 private:
  EventHub& hub_;
};

}  // namespace rauch::server
