#include "support/http_sink.h"

#include <unistd.h>

#include <cstdlib>

namespace rauch::testing {
namespace {

std::size_t content_length(const std::string& headers) {
  std::string lower = headers;
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  const std::size_t at = lower.find("content-length:");
  return at == std::string::npos ? 0 : std::strtoul(lower.c_str() + at + 15, nullptr, 10);
}

}  // namespace

HttpSink::HttpSink(std::vector<int> statuses)
    : statuses_(std::move(statuses)), thread_([this](std::stop_token stop) { serve(stop); }) {}

HttpSink::~HttpSink() { thread_.request_stop(); }

std::string HttpSink::url(const std::string& path) const {
  return "http://127.0.0.1:" + std::to_string(listener_.port()) + path;
}

std::vector<HttpRequest> HttpSink::requests() const {
  std::lock_guard lock(mutex_);
  return requests_;
}

bool HttpSink::wait_for(std::size_t count, std::chrono::milliseconds timeout) const {
  std::unique_lock lock(mutex_);
  return cv_.wait_for(lock, timeout, [&] { return requests_.size() >= count; });
}

void HttpSink::serve(std::stop_token stop) {
  while (!stop.stop_requested()) {
    const int fd = listener_.accept_for(50);
    if (fd < 0) continue;
    std::string data;
    HttpRequest request;
    if (read_until(fd, data, "\r\n\r\n")) {
      const std::size_t end = data.find("\r\n\r\n");
      const std::string head = data.substr(0, end);
      request.request_line = head.substr(0, head.find("\r\n"));
      request.headers = head;
      request.body = data.substr(end + 4);
      const std::size_t want = content_length(head);
      char buffer[4096];
      while (request.body.size() < want) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n <= 0) break;
        request.body.append(buffer, static_cast<std::size_t>(n));
      }
    }
    std::size_t index = 0;
    {
      std::lock_guard lock(mutex_);
      index = requests_.size();
    }
    const int status = index < statuses_.size() ? statuses_[index] : 200;
    const std::string answer = status == 200 ? "ok" : "sink says no";
    write_all(fd, "HTTP/1.1 " + std::to_string(status) + " X\r\nContent-Length: " +
                      std::to_string(answer.size()) + "\r\nConnection: close\r\n\r\n" + answer);
    ::close(fd);
    {
      std::lock_guard lock(mutex_);
      requests_.push_back(std::move(request));
    }
    cv_.notify_all();
  }
}

}  // namespace rauch::testing
