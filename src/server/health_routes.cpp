// GET /healthz: the process answers. GET /readyz: it can read its database. Both public,
// for load balancers and service managers. GET /metrics: Prometheus text (viewer token).
// GET /api/openapi.json: the API's description (public, like the docs).

#include <httplib.h>

#include <nlohmann/json.hpp>

#include "server/api_routes.h"
#include "server/http_json.h"
#include "server/openapi_document.h"

namespace rauch::server {

std::vector<Route> health_routes(RouteContext& context) {
  std::vector<Route> routes;
  routes.push_back({"GET", "/healthz", std::nullopt, "/healthz",
                    [](const httplib::Request&, httplib::Response& res, const Principal&) {
                      send_json(res, {{"status", "ok"}});
                    }});
  routes.push_back({"GET", "/readyz", std::nullopt, "/readyz",
                    [&context](const httplib::Request&, httplib::Response& res, const Principal&) {
                      auto version =
                          context.store.with([](store::Store& s) { return s.schema_version(); });
                      if (!version)
                        return send_error(res, 503, "database: " + version.error().message());
                      send_json(res, {{"status", "ready"}, {"schema_version", *version}});
                    }});
  return routes;
}

std::vector<Route> metrics_routes(RouteContext& context) {
  std::vector<Route> routes;
  routes.push_back({"GET", "/api/openapi.json", std::nullopt, "/api/openapi.json",
                    [](const httplib::Request&, httplib::Response& res, const Principal&) {
                      send_raw_json(res, std::string(openapi_document()));
                    }});
  routes.push_back({"GET", "/metrics", store::Role::kViewer, "/metrics",
                    [&context](const httplib::Request&, httplib::Response& res, const Principal&) {
                      res.set_header("X-Content-Type-Options", "nosniff");
                      res.set_content(context.metrics.render(),
                                      "text/plain; version=0.0.4; charset=utf-8");
                    }});
  return routes;
}

}  // namespace rauch::server
