#include "server/metrics.h"

#include <algorithm>
#include <chrono>
#include <iterator>

#include <fmt/format.h>

namespace rauch::server {
namespace {

// A label value with \, " and newlines escaped as the text format wants.
std::string label(std::string_view value) {
  std::string out;
  for (char c : value) {
    if (c == '\\' || c == '"')
      out += '\\';
    if (c == '\n') {
      out += "\\n";
      continue;
    }
    out += c;
  }
  return out;
}

}  // namespace

Metrics::Metrics() {
  started_ =
      std::chrono::duration<double>(std::chrono::system_clock::now().time_since_epoch()).count();
}

void Metrics::observe_request(std::string_view route, int status, double seconds) {
  std::lock_guard lock(mutex_);
  ++requests_[{std::string(route), status}];
  auto found = latency_.find(route);
  if (found == latency_.end())
    found = latency_.emplace(std::string(route), Histogram{}).first;
  add_sample(found->second, seconds);
}

void Metrics::add_sample(Histogram& h, double seconds) {
  const auto bucket =
      std::lower_bound(kBuckets.begin(), kBuckets.end(), seconds) - kBuckets.begin();
  ++h.counts[static_cast<std::size_t>(bucket)];
  h.sum += seconds;
  ++h.count;
}

// The _bucket, _sum and _count lines of one histogram; `labels` is "" or `route="..."`.
void Metrics::render_histogram(std::string& out, std::string_view name, std::string_view labels,
                               const Histogram& h) {
  auto it = std::back_inserter(out);
  const std::string_view comma = labels.empty() ? "" : ",";
  std::uint64_t cumulative = 0;
  for (std::size_t i = 0; i < h.counts.size(); ++i) {
    cumulative += h.counts[i];
    const std::string le = i < kBuckets.size() ? fmt::format("{}", kBuckets[i]) : "+Inf";
    fmt::format_to(it, "{}_bucket{{{}{}le=\"{}\"}} {}\n", name, labels, comma, le, cumulative);
  }
  const std::string braces = labels.empty() ? "" : fmt::format("{{{}}}", labels);
  fmt::format_to(it, "{}_sum{} {:.6f}\n", name, braces, h.sum);
  fmt::format_to(it, "{}_count{} {}\n", name, braces, h.count);
}

void Metrics::observe_ingest(const store::IngestCounts& counts) {
  std::lock_guard lock(mutex_);
  posts_stored_ += static_cast<std::uint64_t>(counts.stored);
  posts_duplicate_ += static_cast<std::uint64_t>(counts.duplicates);
  posts_rejected_ += static_cast<std::uint64_t>(counts.rejected);
  ++batches_;
}

void Metrics::add_event_clients(int delta) {
  std::lock_guard lock(mutex_);
  event_clients_ += delta;
}

void Metrics::add_queue_depth(int delta) {
  std::lock_guard lock(mutex_);
  queue_depth_ += delta;
}

void Metrics::add_matches(std::int64_t n) {
  std::lock_guard lock(mutex_);
  matches_ += static_cast<std::uint64_t>(n);
}

void Metrics::observe_detection_run(double seconds) {
  std::lock_guard lock(mutex_);
  add_sample(detection_runs_, seconds);
}

void Metrics::add_incident(std::string_view event, std::string_view severity) {
  std::lock_guard lock(mutex_);
  ++incidents_[{std::string(event), std::string(severity)}];
}

std::string Metrics::render() const {
  std::lock_guard lock(mutex_);
  std::string out;
  auto it = std::back_inserter(out);
  fmt::format_to(it,
                 "# HELP rauchmelder_start_time_seconds When the server started (Unix time).\n");
  fmt::format_to(
      it, "# TYPE rauchmelder_start_time_seconds gauge\nrauchmelder_start_time_seconds {:.3f}\n",
      started_);
  fmt::format_to(
      it, "# HELP rauchmelder_http_requests_total HTTP requests answered, by route and status.\n");
  fmt::format_to(it, "# TYPE rauchmelder_http_requests_total counter\n");
  for (const auto& [key, n] : requests_)
    fmt::format_to(it, "rauchmelder_http_requests_total{{route=\"{}\",status=\"{}\"}} {}\n",
                   label(key.first), key.second, n);
  fmt::format_to(it,
                 "# HELP rauchmelder_http_request_duration_seconds Time from routing to the "
                 "answer, by route.\n");
  fmt::format_to(it, "# TYPE rauchmelder_http_request_duration_seconds histogram\n");
  for (const auto& [route, h] : latency_)
    render_histogram(out, "rauchmelder_http_request_duration_seconds",
                     fmt::format("route=\"{}\"", label(route)), h);
  fmt::format_to(
      it, "# HELP rauchmelder_ingest_posts_total Posts received over the API, by outcome.\n");
  fmt::format_to(it, "# TYPE rauchmelder_ingest_posts_total counter\n");
  fmt::format_to(it, "rauchmelder_ingest_posts_total{{result=\"stored\"}} {}\n", posts_stored_);
  fmt::format_to(it, "rauchmelder_ingest_posts_total{{result=\"duplicate\"}} {}\n",
                 posts_duplicate_);
  fmt::format_to(it, "rauchmelder_ingest_posts_total{{result=\"rejected\"}} {}\n", posts_rejected_);
  fmt::format_to(
      it, "# HELP rauchmelder_ingest_batches_total Batches received with POST /api/v1/posts.\n");
  fmt::format_to(
      it, "# TYPE rauchmelder_ingest_batches_total counter\nrauchmelder_ingest_batches_total {}\n",
      batches_);
  fmt::format_to(
      it, "# HELP rauchmelder_event_clients Live-event streams (GET /api/v1/events) open.\n");
  fmt::format_to(it, "# TYPE rauchmelder_event_clients gauge\nrauchmelder_event_clients {}\n",
                 event_clients_);
  fmt::format_to(it,
                 "# HELP rauchmelder_ingest_queue_depth Batches of POST /api/v1/posts being "
                 "stored or waiting.\n# TYPE rauchmelder_ingest_queue_depth gauge\n"
                 "rauchmelder_ingest_queue_depth {}\n",
                 queue_depth_);
  fmt::format_to(it,
                 "# HELP rauchmelder_matches_total Matches of saved queries on posts stored "
                 "over the API.\n# TYPE rauchmelder_matches_total counter\n"
                 "rauchmelder_matches_total {}\n",
                 matches_);
  fmt::format_to(it,
                 "# HELP rauchmelder_detection_run_seconds Time of each detection run over the "
                 "posts stored since the last one.\n"
                 "# TYPE rauchmelder_detection_run_seconds histogram\n");
  render_histogram(out, "rauchmelder_detection_run_seconds", "", detection_runs_);
  fmt::format_to(it,
                 "# HELP rauchmelder_incidents_total Incidents the detection inside serve "
                 "opened or raised, by event and severity.\n"
                 "# TYPE rauchmelder_incidents_total counter\n");
  for (const auto& [key, n] : incidents_)
    fmt::format_to(it, "rauchmelder_incidents_total{{event=\"{}\",severity=\"{}\"}} {}\n",
                   key.first, key.second, n);
  return out;
}

}  // namespace rauch::server
