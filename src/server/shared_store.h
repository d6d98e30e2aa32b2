#pragma once

// The store as the server's request threads share it. Writes (and anything that needs the
// one connection the detection and ingest use) go through with(): one at a time. Reads
// that only need committed data go through read(), which lends one of a few read-only
// connections to the same SQLite file: in WAL mode they read in parallel with each other
// and with the writer, so a batch being stored does not hold up the list endpoints.
// Without read connections, read() is with().

#include <condition_variable>
#include <memory>
#include <mutex>
#include <utility>
#include <vector>

#include "store/store.h"

namespace rauch::server {

class SharedStore {
 public:
  explicit SharedStore(store::Store& store,
                       std::vector<std::unique_ptr<store::Store>> readers = {})
      : store_(store), readers_(std::move(readers)) {
    for (auto& reader : readers_)
      idle_.push_back(reader.get());
  }

  // Runs fn(store) on the writing connection under its lock and returns what it returns.
  template <typename Fn>
  auto with(Fn&& fn) {
    std::lock_guard lock(mutex_);
    return std::forward<Fn>(fn)(store_);
  }

  // Runs fn(store) on an idle read connection (waiting for one if all are lent). fn must
  // not write: a read connection sees what was committed when its statement began.
  template <typename Fn>
  auto read(Fn&& fn) {
    if (readers_.empty())
      return with(std::forward<Fn>(fn));
    Lease lease(*this);
    return std::forward<Fn>(fn)(*lease.store);
  }

  std::size_t read_connections() const { return readers_.size(); }

 private:
  // A read connection taken from idle_ and given back when the lease ends, also when fn
  // throws.
  struct Lease {
    explicit Lease(SharedStore& lender) : owner(lender) {
      std::unique_lock lock(owner.readers_mutex_);
      owner.reader_free_.wait(lock, [&] { return !owner.idle_.empty(); });
      store = owner.idle_.back();
      owner.idle_.pop_back();
    }
    ~Lease() {
      {
        std::lock_guard lock(owner.readers_mutex_);
        owner.idle_.push_back(store);
      }
      owner.reader_free_.notify_one();
    }
    Lease(const Lease&) = delete;
    Lease& operator=(const Lease&) = delete;
    SharedStore& owner;
    store::Store* store = nullptr;
  };

  std::mutex mutex_;
  store::Store& store_;
  std::vector<std::unique_ptr<store::Store>> readers_;
  std::mutex readers_mutex_;
  std::condition_variable reader_free_;
  std::vector<store::Store*> idle_;
};

}  // namespace rauch::server
