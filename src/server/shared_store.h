#pragma once

// The store as the server's request threads share it: one SQLite connection, one request
// at a time. SQLite in WAL mode would allow parallel readers on separate connections;
// a pool is the next step when the list endpoints need it (docs/api.md#limits).

#include <mutex>
#include <utility>

#include "store/store.h"

namespace rauch::server {

class SharedStore {
 public:
  explicit SharedStore(store::Store& store) : store_(store) {}

  // Runs fn(store) under the lock and returns what it returns.
  template <typename Fn>
  auto with(Fn&& fn) {
    std::lock_guard lock(mutex_);
    return std::forward<Fn>(fn)(store_);
  }

 private:
  std::mutex mutex_;
  store::Store& store_;
};

}  // namespace rauch::server
