#pragma once

// The API's routes by area (docs/api.md). Each function returns its routes; ApiServer
// registers them all behind authentication and role checks.

#include <functional>
#include <vector>

#include "core/timestamp.h"
#include "server/route.h"
#include "server/shared_store.h"

namespace rauch::server {

struct RouteContext {
  SharedStore& store;
  std::function<Timestamp()> wall_clock;  // For human actions (acknowledged_at, ...).
};

std::vector<Route> health_routes(RouteContext& context);
std::vector<Route> incident_routes(RouteContext& context);
std::vector<Route> post_routes(RouteContext& context);

}  // namespace rauch::server
