#pragma once

// The API's routes by area (docs/api.md). Each function returns its routes; ApiServer
// registers them all behind authentication and role checks.

#include <atomic>
#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

#include "app/post_annotator.h"
#include "core/timestamp.h"
#include "ingest/ingest_stream.h"
#include "server/event_hub.h"
#include "server/live_events.h"
#include "server/metrics.h"
#include "server/rate_limiter.h"
#include "server/route.h"
#include "server/sessions.h"
#include "server/shared_store.h"

namespace rauch::server {

struct RouteLimits {
  std::size_t max_posts_per_batch = 10'000;
  // Batches being stored or waiting for the store; one more is refused with 503 and
  // Retry-After instead of piling up threads and memory (backpressure).
  int max_waiting_batches = 16;
  // A live-event stream with nothing to send writes a comment this often, so proxies keep
  // it open and a client that went away is noticed.
  std::chrono::milliseconds event_keepalive{15'000};
};

struct RouteContext {
  SharedStore& store;
  std::function<Timestamp()> wall_clock;  // For human actions (acknowledged_at, ...).
  ingest::IngestOptions ingest;           // Batch size and annotation (analysis, queries).
  // What ingest.annotate runs; the query routes swap its saved-query set when they change.
  std::shared_ptr<app::PostAnnotator> annotator;
  RouteLimits limits;
  Metrics metrics;
  std::atomic<int> batches_in_flight{0};
  std::unique_ptr<SessionTable> sessions;  // Dashboard logins.
  // Login attempts per client address: the password hash is slow, guessing slower.
  RateLimiter login_attempts{RateLimit{1, 10}};
  // Live events (GET /api/v1/events), set before the routes are made. match_events is
  // used under the store lock (SharedStore::with).
  EventHub* events = nullptr;
  std::optional<MatchEvents> match_events;
};

std::vector<Route> health_routes(RouteContext& context);
std::vector<Route> incident_routes(RouteContext& context);
std::vector<Route> post_routes(RouteContext& context);
std::vector<Route> ingest_routes(RouteContext& context);
std::vector<Route> metrics_routes(RouteContext& context);
std::vector<Route> query_routes(RouteContext& context);
std::vector<Route> session_routes(RouteContext& context);
std::vector<Route> reply_routes(RouteContext& context);
std::vector<Route> event_routes(RouteContext& context);
std::vector<Route> author_routes(RouteContext& context);
std::vector<Route> series_routes(RouteContext& context);

}  // namespace rauch::server
