#include "notify/notifier_thread.h"

#include <spdlog/spdlog.h>

namespace rauch::notify {

NotifierThread::NotifierThread(Notifier& notifier, Clock clock, std::chrono::milliseconds interval)
    : notifier_(notifier),
      clock_(std::move(clock)),
      interval_(interval),
      thread_([this](std::stop_token stop) { run(stop); }) {}

NotifierThread::~NotifierThread() {
  thread_.request_stop();
  changed_.notify_all();
}

void NotifierThread::wake() {
  {
    std::lock_guard lock(mutex_);
    woken_ = true;
  }
  changed_.notify_all();
}

std::int64_t NotifierThread::ticks() const {
  std::lock_guard lock(mutex_);
  return ticks_;
}

bool NotifierThread::wait_for_ticks(std::int64_t count, std::chrono::milliseconds timeout) const {
  std::unique_lock lock(mutex_);
  return changed_.wait_for(lock, timeout, [&] { return ticks_ >= count; });
}

void NotifierThread::run(std::stop_token stop) {
  while (!stop.stop_requested()) {
    auto done = notifier_.tick(clock_());
    if (!done) spdlog::error("notify_tick_failed error={}", done.error().message());
    std::unique_lock lock(mutex_);
    ++ticks_;
    changed_.notify_all();
    changed_.wait_for(lock, stop, interval_, [&] { return woken_; });
    woken_ = false;
  }
}

}  // namespace rauch::notify
