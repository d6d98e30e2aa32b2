#pragma once

// Runs Notifier::tick on a background thread, so deliveries (network, retries, timeouts)
// never run on the ingest or request threads. It ticks every `interval`, and at once after
// wake() (call it after Notifier::incident_changed enqueued something).

#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

#include "core/timestamp.h"
#include "notify/notifier.h"

namespace rauch::notify {

class NotifierThread {
 public:
  using Clock = std::function<Timestamp()>;  // Wall clock in production, fake in tests.

  // Starts the thread. `notifier` must outlive this object.
  NotifierThread(Notifier& notifier, Clock clock, std::chrono::milliseconds interval);
  // Stops: waits for a tick in progress to end (bounded by the channel timeouts).
  ~NotifierThread();
  NotifierThread(const NotifierThread&) = delete;
  NotifierThread& operator=(const NotifierThread&) = delete;

  // Ticks as soon as the thread is free. Never blocks on a delivery.
  void wake();
  // Ticks completed so far (for tests and status).
  std::int64_t ticks() const;
  // Blocks until at least `count` ticks completed or `timeout` passed; true if they did.
  bool wait_for_ticks(std::int64_t count, std::chrono::milliseconds timeout) const;

 private:
  void run(std::stop_token stop);

  Notifier& notifier_;
  Clock clock_;
  std::chrono::milliseconds interval_;
  mutable std::mutex mutex_;  // Protects woken_ and ticks_.
  mutable std::condition_variable_any changed_;
  bool woken_ = false;
  std::int64_t ticks_ = 0;
  std::jthread thread_;  // Last: started after everything it uses exists.
};

}  // namespace rauch::notify
