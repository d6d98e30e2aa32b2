#pragma once

// The API's routes by area (docs/api.md). Each function returns its routes; ApiServer
// registers them all behind authentication and role checks.

#include <atomic>
#include <functional>
#include <vector>

#include "core/timestamp.h"
#include "ingest/ingest_stream.h"
#include "server/metrics.h"
#include "server/route.h"
#include "server/shared_store.h"

namespace rauch::server {

struct RouteLimits {
  std::size_t max_posts_per_batch = 10'000;
  // Batches being stored or waiting for the store; one more is refused with 503 and
  // Retry-After instead of piling up threads and memory (backpressure).
  int max_waiting_batches = 16;
};

struct RouteContext {
  SharedStore& store;
  std::function<Timestamp()> wall_clock;  // For human actions (acknowledged_at, ...).
  ingest::IngestOptions ingest;           // Batch size and annotation (analysis, queries).
  RouteLimits limits;
  Metrics metrics;
  std::atomic<int> batches_in_flight{0};
};

std::vector<Route> health_routes(RouteContext& context);
std::vector<Route> incident_routes(RouteContext& context);
std::vector<Route> post_routes(RouteContext& context);
std::vector<Route> ingest_routes(RouteContext& context);
std::vector<Route> metrics_routes(RouteContext& context);
std::vector<Route> author_routes(RouteContext& context);
std::vector<Route> series_routes(RouteContext& context);

}  // namespace rauch::server
