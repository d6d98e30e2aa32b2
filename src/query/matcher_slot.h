#pragma once

// The compiled query set in use, replaceable while posts keep flowing: a worker takes
// the current Matcher (a shared snapshot) once per batch and keeps it for the batch;
// replace() makes the next batch see the new set. The old set is freed when the last
// worker drops it.

#include <memory>
#include <mutex>

#include "query/matcher.h"

namespace rauch::query {

class MatcherSlot {
 public:
  explicit MatcherSlot(std::shared_ptr<const Matcher> initial = nullptr)
      : matcher_(std::move(initial)) {}

  // Thread-safe.
  std::shared_ptr<const Matcher> current() const {
    std::lock_guard lock(mutex_);
    return matcher_;
  }

  // Thread-safe.
  void replace(std::shared_ptr<const Matcher> matcher) {
    std::lock_guard lock(mutex_);
    matcher_.swap(matcher);
    // The previous set is released after the lock, when `matcher` goes out of scope.
  }

 private:
  mutable std::mutex mutex_;  // Protects matcher_ (the pointer, not the Matcher).
  std::shared_ptr<const Matcher> matcher_;
};

}  // namespace rauch::query
