// Incidents (docs/api.md#incidents): list (viewer), one (viewer), acknowledge and resolve
// (agent; the acting user is the token's).

#include <httplib.h>

#include <charconv>
#include <string>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "app/incident_json.h"
#include "server/api_routes.h"
#include "server/http_json.h"
#include "server/query_params.h"

namespace rauch::server {
namespace {

constexpr std::int64_t kMaxIncidentsPage = 1000;

std::optional<std::int64_t> incident_id(const httplib::Request& req) {
  const std::string text = req.matches[1];
  std::int64_t id = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), id);
  if (ec != std::errc() || end != text.data() + text.size() || id < 1)
    return std::nullopt;
  return id;
}

void list(RouteContext& context, const httplib::Request& req, httplib::Response& res) {
  store::IncidentFilter filter;
  auto limit = int_param(req, "limit", 100, 1, kMaxIncidentsPage);
  if (!limit)
    return send_error(res, limit.error());
  filter.limit = *limit;
  if (req.has_param("status")) {
    const std::string names = req.get_param_value("status");
    std::size_t from = 0;
    while (from <= names.size()) {
      const std::size_t comma = std::min(names.find(',', from), names.size());
      const std::string name = names.substr(from, comma - from);
      if (name == "all") {
        filter.statuses = {store::IncidentStatus::kOpen, store::IncidentStatus::kAcknowledged,
                           store::IncidentStatus::kResolved};
      } else if (auto status = store::incident_status_from_name(name)) {
        filter.statuses.push_back(*status);
      } else {
        return send_error(
            res, 400,
            fmt::format("status: unknown value \"{}\" (open, acknowledged, resolved, all)", name));
      }
      from = comma + 1;
    }
  }
  auto incidents = context.store.read([&](store::Store& s) { return s.list_incidents(filter); });
  if (!incidents)
    return send_error(res, incidents.error());
  nlohmann::json out = nlohmann::json::array();
  for (const store::IncidentRecord& r : *incidents)
    out.push_back(app::incident_json(r));
  send_json(res, {{"incidents", std::move(out)}});
}

void one(RouteContext& context, const httplib::Request& req, httplib::Response& res) {
  const auto id = incident_id(req);
  if (!id)
    return send_error(res, 400, "incident id must be a positive integer");
  auto found = context.store.read([&](store::Store& s) { return s.find_incident(*id); });
  if (!found)
    return send_error(res, found.error());
  if (!*found)
    return send_error(res, 404, fmt::format("no incident {}", *id));
  send_json(res, app::incident_json(**found));
}

void change(RouteContext& context, const httplib::Request& req, httplib::Response& res,
            const Principal& who, bool resolve) {
  const auto id = incident_id(req);
  if (!id)
    return send_error(res, 400, "incident id must be a positive integer");
  const Timestamp now = context.wall_clock();
  auto changed = context.store.with([&](store::Store& s) {
    return resolve ? s.resolve_incident(*id, who.user, now)
                   : s.acknowledge_incident(*id, who.user, now);
  });
  if (!changed)
    return send_error(res, changed.error());
  if (context.events)
    publish_incident_changed(*context.events, *changed, resolve ? "resolved" : "acknowledged");
  send_json(res, app::incident_json(*changed));
}

}  // namespace

std::vector<Route> incident_routes(RouteContext& context) {
  using store::Role;
  std::vector<Route> routes;
  routes.push_back(
      {"GET", "/api/v1/incidents", Role::kViewer, "/api/v1/incidents",
       [&context](const httplib::Request& req, httplib::Response& res, const Principal&) {
         list(context, req, res);
       }});
  routes.push_back(
      {"GET", R"(/api/v1/incidents/([^/]+))", Role::kViewer, "/api/v1/incidents/1",
       [&context](const httplib::Request& req, httplib::Response& res, const Principal&) {
         one(context, req, res);
       }});
  routes.push_back(
      {"POST", R"(/api/v1/incidents/([^/]+)/ack)", Role::kAgent, "/api/v1/incidents/1/ack",
       [&context](const httplib::Request& req, httplib::Response& res, const Principal& who) {
         change(context, req, res, who, false);
       }});
  routes.push_back(
      {"POST", R"(/api/v1/incidents/([^/]+)/resolve)", Role::kAgent, "/api/v1/incidents/1/resolve",
       [&context](const httplib::Request& req, httplib::Response& res, const Principal& who) {
         change(context, req, res, who, true);
       }});
  return routes;
}

}  // namespace rauch::server
