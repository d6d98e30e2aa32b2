#pragma once

// Hands batches from the decoding thread to the storing thread and back. Two buffers
// circulate: while the store writes one, the decoder fills the other; a side that gets
// ahead waits (backpressure), so memory stays at two batches whatever the input size.

#include <condition_variable>
#include <memory>
#include <mutex>
#include <optional>
#include <utility>
#include <vector>

namespace rauch::ingest::detail {

template <typename Batch>
class BatchExchange {
 public:
  explicit BatchExchange(std::size_t buffers) {
    for (std::size_t i = 0; i < buffers; ++i) {
      free_.push_back(std::make_unique<Batch>());
    }
  }

  // Decoder side: an empty buffer to fill; nullopt once the consumer has closed.
  std::optional<std::unique_ptr<Batch>> take_free() {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [&] { return !free_.empty() || closed_; });
    if (closed_) {
      return std::nullopt;
    }
    auto buffer = std::move(free_.back());
    free_.pop_back();
    return buffer;
  }

  // Decoder side: a filled buffer for the store (a null pointer marks the end).
  void put_full(std::unique_ptr<Batch> batch) {
    std::lock_guard lock(mutex_);
    full_.push_back(std::move(batch));
    changed_.notify_all();
  }

  // Store side: the next filled buffer, in order.
  std::unique_ptr<Batch> take_full() {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [&] { return !full_.empty(); });
    auto batch = std::move(full_.front());
    full_.erase(full_.begin());
    return batch;
  }

  // Store side: a buffer it is done with.
  void put_free(std::unique_ptr<Batch> batch) {
    std::lock_guard lock(mutex_);
    free_.push_back(std::move(batch));
    changed_.notify_all();
  }

  // Store side: stop the decoder (after a store error); take_free() returns nullopt.
  void close() {
    std::lock_guard lock(mutex_);
    closed_ = true;
    changed_.notify_all();
  }

 private:
  std::mutex mutex_;  // Protects everything below.
  std::condition_variable changed_;
  std::vector<std::unique_ptr<Batch>> free_;
  std::vector<std::unique_ptr<Batch>> full_;  // FIFO; at most `buffers` + 1 entries.
  bool closed_ = false;
};

}  // namespace rauch::ingest::detail
