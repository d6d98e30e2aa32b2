#pragma once

// A tiny HTTP/1.1 server on 127.0.0.1 for webhook tests: answers each request with the
// next status of a script (then 200), one connection at a time, and records what came.

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "support/tcp_listener.h"

namespace rauch::testing {

struct HttpRequest {
  std::string request_line;  // "POST /hook HTTP/1.1"
  std::string headers;       // As received, lower case not applied.
  std::string body;
};

class HttpSink {
 public:
  explicit HttpSink(std::vector<int> statuses = {});
  ~HttpSink();

  std::string url(const std::string& path = "/hook") const;
  std::vector<HttpRequest> requests() const;
  // Waits until `count` requests were answered; false after `timeout`.
  bool wait_for(std::size_t count, std::chrono::milliseconds timeout) const;

 private:
  void serve(std::stop_token stop);

  TcpListener listener_;
  std::vector<int> statuses_;
  mutable std::mutex mutex_;  // Protects requests_.
  mutable std::condition_variable cv_;
  std::vector<HttpRequest> requests_;
  std::jthread thread_;
};

}  // namespace rauch::testing
