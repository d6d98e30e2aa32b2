// GET /api/v1/events (docs/api.md#live-events): server-sent events. The stream starts
// with `retry:`, replays what the client missed when it names the last id it saw
// (Last-Event-ID header, or ?last_event_id=), then sends events as they are published,
// with a `: keepalive` comment when nothing happened for a while. It ends after
// ?timeout= seconds, when the client goes away, or when the server stops.

#include <httplib.h>

#include <charconv>
#include <chrono>
#include <iterator>
#include <limits>
#include <memory>
#include <optional>
#include <string>

#include <fmt/format.h>

#include "server/api_routes.h"
#include "server/http_json.h"
#include "server/query_params.h"

namespace rauch::server {
namespace {

using Clock = std::chrono::steady_clock;

constexpr std::int64_t kMaxTimeoutSeconds = 3600;
constexpr std::size_t kEventsPerWrite = 1000;
// How long a browser's EventSource waits before it reconnects.
constexpr int kRetryMs = 2000;

void append_event(std::string& out, std::int64_t id, std::string_view kind, std::string_view data) {
  fmt::format_to(std::back_inserter(out), "id: {}\nevent: {}\ndata: {}\n\n", id, kind, data);
}

// The last id the client saw: the Last-Event-ID header (what EventSource sends when it
// reconnects) or ?last_event_id=; nullopt for neither (only new events are sent).
Result<std::optional<std::int64_t>> last_event_id(const httplib::Request& req) {
  const std::string header = req.get_header_value("Last-Event-ID");
  if (!header.empty()) {
    std::int64_t id = 0;
    const auto [end, ec] = std::from_chars(header.data(), header.data() + header.size(), id);
    if (ec != std::errc() || end != header.data() + header.size() || id < 0)
      return make_error(ErrorCode::kInvalidArgument,
                        "Last-Event-ID must be the id of an event (a non-negative integer)");
    return std::optional<std::int64_t>(id);
  }
  if (!req.has_param("last_event_id"))
    return std::optional<std::int64_t>();
  auto id = int_param(req, "last_event_id", 0, 0, std::numeric_limits<std::int64_t>::max());
  if (!id)
    return tl::unexpected(id.error());
  return std::optional<std::int64_t>(*id);
}

// One open stream: its place among the subscribers, counted in the metrics while it
// lives, and where it got to.
struct Stream {
  Stream(std::shared_ptr<EventHub::Subscription> place, Metrics& counted, std::int64_t from)
      : slot(std::move(place)), metrics(counted), cursor(from) {
    metrics.add_event_clients(1);
  }
  ~Stream() { metrics.add_event_clients(-1); }
  Stream(const Stream&) = delete;
  Stream& operator=(const Stream&) = delete;

  std::shared_ptr<EventHub::Subscription> slot;
  Metrics& metrics;
  std::int64_t cursor;                   // The id of the last event sent.
  std::optional<Clock::time_point> end;  // ?timeout=
  Clock::time_point next_keepalive;
  bool started = false;
};

// Called by httplib again and again while it returns true. Returns false when the
// client is gone or the server stops, so the connection's thread is free at once.
bool write_some(EventHub& hub, std::chrono::milliseconds keepalive, Stream& stream,
                httplib::DataSink& sink) {
  std::string out;
  Clock::time_point until =
      std::min(stream.next_keepalive, stream.end.value_or(Clock::time_point::max()));
  if (!stream.started) {
    // The backlog goes out at once, without waiting for anything new.
    out = fmt::format("retry: {}\n\n", kRetryMs);
    stream.started = true;
    until = Clock::now();
  }
  const EventBatch batch = hub.wait_after(stream.cursor, until, kEventsPerWrite);
  if (batch.closed)
    return false;
  if (batch.reset_id) {
    append_event(out, *batch.reset_id, "reset", "{}");
    stream.cursor = *batch.reset_id;
  }
  for (const Event& event : batch.events) {
    append_event(out, event.id, event.kind, event.data);
    stream.cursor = event.id;
  }
  const Clock::time_point now = Clock::now();
  if (out.empty() && now >= stream.next_keepalive)
    out = ": keepalive\n\n";
  if (!out.empty()) {
    if (!sink.write(out.data(), out.size()))
      return false;
    stream.next_keepalive = now + keepalive;
  }
  const bool caught_up = batch.events.size() < kEventsPerWrite;
  if (stream.end && now >= *stream.end && caught_up)
    sink.done();
  return true;
}

void events(RouteContext& context, const httplib::Request& req, httplib::Response& res) {
  auto timeout = int_param(req, "timeout", -1, 0, kMaxTimeoutSeconds);
  if (!timeout)
    return send_error(res, timeout.error());
  auto last_id = last_event_id(req);
  if (!last_id)
    return send_error(res, last_id.error());
  EventHub& hub = *context.events;
  auto slot = hub.subscribe();
  if (!slot) {
    res.set_header("Retry-After", "5");
    return send_error(res, 503,
                      fmt::format("{} live-event streams are open, the most this server allows; "
                                  "retry after 5 s",
                                  hub.max_subscribers()));
  }
  auto stream =
      std::make_shared<Stream>(std::move(slot), context.metrics, last_id->value_or(hub.last_id()));
  const auto keepalive = context.limits.event_keepalive;
  stream->next_keepalive = Clock::now() + keepalive;
  if (*timeout >= 0)
    stream->end = Clock::now() + std::chrono::seconds(*timeout);
  res.set_header("Cache-Control", "no-cache");
  res.set_header("X-Accel-Buffering", "no");  // nginx: pass events on at once
  res.set_header("X-Content-Type-Options", "nosniff");
  res.set_chunked_content_provider(
      "text/event-stream",  // UTF-8 by definition; httplib never compresses this type
      [&hub, keepalive, stream](std::size_t, httplib::DataSink& sink) {
        return write_some(hub, keepalive, *stream, sink);
      });
}

}  // namespace

std::vector<Route> event_routes(RouteContext& context) {
  std::vector<Route> routes;
  routes.push_back(
      {"GET", "/api/v1/events", store::Role::kViewer, "/api/v1/events?timeout=0",
       [&context](const httplib::Request& req, httplib::Response& res, const Principal&) {
         events(context, req, res);
       }});
  return routes;
}

}  // namespace rauch::server
