#include "server/event_hub.h"

#include <algorithm>

namespace rauch::server {

EventHub::EventHub(std::size_t capacity, int max_subscribers, std::int64_t first_id)
    : capacity_(std::max<std::size_t>(capacity, 1)),
      max_subscribers_(max_subscribers),
      last_id_(first_id - 1) {}

std::int64_t EventHub::wall_clock_first_id() {
  const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                      std::chrono::system_clock::now().time_since_epoch())
                      .count();
  return static_cast<std::int64_t>(ms) * 1000;
}

std::int64_t EventHub::publish(std::string kind, std::string data) {
  std::int64_t id = 0;
  {
    std::lock_guard lock(mutex_);
    id = ++last_id_;
    if (ring_.size() == capacity_)
      ring_.pop_front();
    ring_.push_back({id, std::move(kind), std::move(data)});
  }
  changed_.notify_all();
  return id;
}

std::int64_t EventHub::last_id() const {
  std::lock_guard lock(mutex_);
  return last_id_;
}

EventBatch EventHub::wait_after(std::int64_t after, std::chrono::steady_clock::time_point until,
                                std::size_t max) const {
  std::unique_lock lock(mutex_);
  EventBatch batch;
  // The ids a reader may hold: from just before the oldest event kept (or the newest id
  // when the ring is empty, which is first_id - 1 at the start) to the newest.
  const std::int64_t floor = ring_.empty() ? last_id_ : ring_.front().id - 1;
  if (after < floor || after > last_id_) {
    batch.reset_id = floor;
    after = floor;
  } else {
    changed_.wait_until(lock, until, [&] { return closed_ || last_id_ > after; });
  }
  batch.closed = closed_;
  if (ring_.empty() || last_id_ <= after)
    return batch;
  // Ids are consecutive, so the first event after `after` is at a known index.
  auto from = ring_.begin() + (after - ring_.front().id + 1);
  const auto count = std::min<std::size_t>(max, static_cast<std::size_t>(ring_.end() - from));
  batch.events.assign(from, from + static_cast<std::ptrdiff_t>(count));
  return batch;
}

void EventHub::close() {
  {
    std::lock_guard lock(mutex_);
    closed_ = true;
  }
  changed_.notify_all();
}

std::shared_ptr<EventHub::Subscription> EventHub::subscribe() {
  std::lock_guard lock(mutex_);
  if (subscribers_ >= max_subscribers_)
    return nullptr;
  ++subscribers_;
  return std::make_shared<Subscription>(*this);
}

int EventHub::subscribers() const {
  std::lock_guard lock(mutex_);
  return subscribers_;
}

EventHub::Subscription::~Subscription() {
  std::lock_guard lock(hub_.mutex_);
  --hub_.subscribers_;
}

}  // namespace rauch::server
