#pragma once

// What `GET /metrics` reports, in the Prometheus text format (docs/api.md#metrics): HTTP
// requests by route and status, request latency histograms by route, and the posts that
// came in over the API by outcome, and the live-event streams open. Labels are route patterns,
// never raw paths, so the number of series is bounded by the route table. Thread-safe.

#include <array>
#include <cstdint>
#include <map>
#include <mutex>
#include <string>
#include <string_view>
#include <utility>

#include "store/store.h"

namespace rauch::server {

class Metrics {
 public:
  Metrics();

  // One answered request: `route` is "GET /api/v1/posts" (the pattern), or "unmatched".
  void observe_request(std::string_view route, int status, double seconds);
  void observe_ingest(const store::IngestCounts& counts);
  // A live-event stream (GET /api/v1/events) opened (+1) or ended (-1).
  void add_event_clients(int delta);
  // A batch of POST /api/v1/posts waiting for or being stored (+1), or done (-1).
  void add_queue_depth(int delta);
  // Matches of saved queries on posts stored over the API.
  void add_matches(std::int64_t n);
  // One run of the detection inside serve: how long it took, and the incidents it opened
  // or raised (event "opened" or "severity_rose", severity "info" ... "critical").
  void observe_detection_run(double seconds);
  void add_incident(std::string_view event, std::string_view severity);

  std::string render() const;

 private:
  // Upper bounds in seconds of the latency buckets (a last one, +Inf, is implied).
  static constexpr std::array<double, 12> kBuckets = {0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025,
                                                      0.05,   0.1,   0.25,   0.5,   1,    5};
  struct Histogram {
    std::array<std::uint64_t, kBuckets.size() + 1> counts{};
    double sum = 0;
    std::uint64_t count = 0;
  };

  static void add_sample(Histogram& h, double seconds);
  static void render_histogram(std::string& out, std::string_view name, std::string_view labels,
                               const Histogram& h);

  mutable std::mutex mutex_;
  std::map<std::pair<std::string, int>, std::uint64_t> requests_;
  std::map<std::string, Histogram, std::less<>> latency_;
  std::uint64_t posts_stored_ = 0, posts_duplicate_ = 0, posts_rejected_ = 0, batches_ = 0;
  std::int64_t event_clients_ = 0;
  std::int64_t queue_depth_ = 0;
  std::uint64_t matches_ = 0;
  Histogram detection_runs_;
  std::map<std::pair<std::string, std::string>, std::uint64_t> incidents_;
  double started_ = 0;  // Unix seconds
};

}  // namespace rauch::server
