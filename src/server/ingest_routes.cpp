// POST /api/v1/posts (docs/api.md#batch-ingest): a batch of posts as NDJSON or a JSON array,
// validated line by line like `rauchmelder ingest`, analysed and matched against the saved
// queries, and committed to the store before the answer: a 202 means the posts are on disk.

#include <httplib.h>

#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <spdlog/spdlog.h>

#include "ingest/ingest_stream.h"
#include "ingest/line_reader.h"
#include "ingest/post_decoder.h"
#include "server/api_routes.h"
#include "server/http_json.h"

namespace rauch::server {
namespace {

constexpr std::int64_t kFutureToleranceMs = 24LL * 60 * 60 * 1000;  // as `ingest --max-future 1d`
constexpr std::size_t kReportedRejects = 100;

// The rejected lines of one request, for its answer.
class RejectList final : public ingest::RejectSink {
 public:
  void reject(std::string_view, std::int64_t line, std::string_view reason) override {
    if (errors_.size() < kReportedRejects)
      errors_.push_back({{"line", line}, {"reason", reason}});
  }
  nlohmann::json take() { return std::move(errors_); }

 private:
  nlohmann::json errors_ = nlohmann::json::array();
};

// A JSON array body becomes NDJSON, one element a line, so both forms go through the same
// decoder and report the same line numbers (element i is line i + 1).
Result<std::string> as_ndjson(const std::string& body) {
  nlohmann::json array = nlohmann::json::parse(body, nullptr, /*allow_exceptions=*/false);
  if (array.is_discarded() || !array.is_array())
    return make_error(ErrorCode::kInvalidArgument,
                      "body: a JSON array of posts that does not parse as JSON (send NDJSON to "
                      "have each bad line reported on its own)");
  std::string lines;
  for (const nlohmann::json& element : array) {
    lines += element.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    lines += '\n';
  }
  return lines;
}

std::size_t count_lines(std::string_view body) {
  std::size_t n = 0;
  for (char c : body)
    n += c == '\n' ? 1 : 0;
  return n + (body.empty() || body.back() == '\n' ? 0 : 1);
}

// Counts a batch in flight (and in the queue-depth gauge) for as long as it lives.
class InFlight {
 public:
  InFlight(std::atomic<int>& count, Metrics& metrics)
      : count_(count), metrics_(metrics), value_(++count) {
    metrics_.add_queue_depth(1);
  }
  ~InFlight() {
    --count_;
    metrics_.add_queue_depth(-1);
  }
  InFlight(const InFlight&) = delete;
  InFlight& operator=(const InFlight&) = delete;
  int value() const { return value_; }

 private:
  std::atomic<int>& count_;
  Metrics& metrics_;
  int value_;
};

// `match` events for what was stored (docs/api.md#live-events). The posts are stored
// whatever happens here, so a failure is only logged; the next batch reads on from the
// same place.
void publish_matches(RouteContext& context) {
  if (!context.match_events)
    return;
  auto published =
      context.store.with([&](store::Store& s) { return context.match_events->publish_new(s); });
  if (!published)
    spdlog::error("serve: match events: {}", published.error().message());
  else
    context.metrics.add_matches(*published);
}

void ingest_batch(RouteContext& context, const httplib::Request& req, httplib::Response& res) {
  const InFlight in_flight(context.batches_in_flight, context.metrics);
  if (in_flight.value() > context.limits.max_waiting_batches) {
    res.set_header("Retry-After", "1");
    return send_error(res, 503,
                      fmt::format("ingest is busy: {} batches are being stored or waiting; retry "
                                  "after 1 s (nothing of this batch was stored)",
                                  context.limits.max_waiting_batches));
  }
  std::string converted;
  const std::string* body = &req.body;
  const std::size_t first = req.body.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
  if (first != std::string::npos && req.body[first] == '[') {
    auto lines = as_ndjson(req.body);
    if (!lines)
      return send_error(res, lines.error());
    converted = std::move(*lines);
    body = &converted;
  }
  const std::size_t lines = count_lines(*body);
  if (lines > context.limits.max_posts_per_batch)
    return send_error(res, 413,
                      fmt::format("{} lines in one batch; at most {} (split the batch)", lines,
                                  context.limits.max_posts_per_batch));
  // fmemopen: the body as the FILE the line reader takes; read-only, nothing is copied.
  std::FILE* file =
      fmemopen(const_cast<char*>(body->data()), std::max<std::size_t>(body->size(), 1), "r");
  if (!file)
    return send_error(res, 500, "cannot read the body");
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> closer(file, std::fclose);
  if (body->empty())
    std::fgetc(file);  // An empty body: nothing to read (fmemopen needs 1 byte).
  ingest::LineReader reader(file);
  ingest::DecodeOptions decode;
  decode.latest_created_at = Timestamp{context.wall_clock().ms + kFutureToleranceMs};
  ingest::PostDecoder decoder(decode);
  RejectList rejects;
  auto counts = context.store.with([&](store::Store& s) {
    return ingest::ingest_stream("body", reader, decoder, s, 0, rejects, context.ingest);
  });
  if (!counts)
    return send_error(res, counts.error());
  context.metrics.observe_ingest(*counts);
  publish_matches(context);
  send_json(res,
            {{"stored", counts->stored},
             {"duplicates", counts->duplicates},
             {"rejected", counts->rejected},
             {"lines", counts->lines},
             {"errors", rejects.take()}},
            202);
}

}  // namespace

std::vector<Route> ingest_routes(RouteContext& context) {
  std::vector<Route> routes;
  routes.push_back(
      {"POST", "/api/v1/posts", store::Role::kAgent, "/api/v1/posts",
       [&context](const httplib::Request& req, httplib::Response& res, const Principal&) {
         ingest_batch(context, req, res);
       }});
  return routes;
}

}  // namespace rauch::server
