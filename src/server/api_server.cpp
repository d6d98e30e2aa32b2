#include "server/api_server.h"

#include <httplib.h>

#include <chrono>

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include "app/post_annotator.h"
#include "app/time_arguments.h"
#include "server/api_routes.h"
#include "server/authenticator.h"
#include "server/detection_loop.h"
#include "server/http_json.h"
#include "server/shared_store.h"

namespace rauch::server {
struct ApiServer::Impl {
  explicit Impl(store::Store& store)
      : shared(store), auth(shared), context{shared, app::wall_clock_now, {}, {}, {}} {}

  SharedStore shared;
  Authenticator auth;
  RouteContext context;
  std::vector<Route> routes;
  httplib::Server http;
  int port = 0;
  std::unique_ptr<DetectionLoop> detection;  // Stops before the store goes.

  // Authenticates and checks the role, then runs the route's handler; counts and times it.
  void handle(const Route& route, const std::string& label, const httplib::Request& req,
              httplib::Response& res) {
    const auto start = std::chrono::steady_clock::now();
    serve(route, req, res);
    context.metrics.observe_request(
        label, res.status,
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
  }

  void serve(const Route& route, const httplib::Request& req, httplib::Response& res) {
    Principal who;
    if (route.min_role) {
      auto principal = auth.authenticate(req.get_header_value("Authorization"));
      if (!principal)
        return send_error(res, 503, "database: " + principal.error().message());
      if (!*principal) {
        res.set_header("WWW-Authenticate", "Bearer");
        return send_error(res, 401, "a valid API token is needed: Authorization: Bearer <token>");
      }
      who = **principal;
      if (who.role < *route.min_role)
        return send_error(
            res, 403,
            fmt::format("role {} may not do this (needs {})", store::role_name(who.role),
                        store::role_name(*route.min_role)));
    }
    route.handler(req, res, who);
  }
};

ApiServer::ApiServer(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
ApiServer::~ApiServer() { stop(); }

Result<std::unique_ptr<ApiServer>> ApiServer::create(store::Store& store,
                                                     const ServerOptions& options) {
  if (options.threads < 1 || options.threads > 4096)
    return make_error(ErrorCode::kInvalidArgument, "server threads must be 1 to 4096");
  if (options.max_waiting_batches < 1)
    return make_error(ErrorCode::kInvalidArgument, "max_waiting_batches must be at least 1");
  if (options.port < 0 || options.port > 65535)
    return make_error(ErrorCode::kInvalidArgument, "port must be 0 to 65535");
  auto impl = std::make_unique<Impl>(store);
  Impl& s = *impl;
  s.context.limits.max_posts_per_batch = options.max_posts_per_batch;
  s.context.limits.max_waiting_batches = options.max_waiting_batches;
  s.context.ingest.batch_size = 1000;
  // Analysis and the saved queries are loaded once; a query saved while the server runs
  // applies to posts after a restart (queries over the API will reload it).
  if (auto wired = app::annotate_on_ingest(store, {options.analyze, options.brand_domains},
                                           s.context.ingest);
      !wired)
    return tl::unexpected(wired.error());
  if (options.detection_interval_ms > 0) {
    app::IngestDetectionOptions detect_options = options.detection;
    auto& allowed = detect_options.detection.hijack.allowed_domains;
    allowed.insert(allowed.end(), options.brand_domains.begin(), options.brand_domains.end());
    auto loop = DetectionLoop::start(s.shared, detect_options,
                                     std::chrono::milliseconds(options.detection_interval_ms));
    if (!loop)
      return tl::unexpected(loop.error());
    s.detection = std::move(*loop);
  }
  for (auto* area : {&health_routes, &metrics_routes, &incident_routes, &post_routes,
                     &ingest_routes, &author_routes, &series_routes})
    for (Route& r : (*area)(s.context))
      s.routes.push_back(std::move(r));
  for (const Route& route : s.routes) {
    // The metrics label: method and pattern with its groups as {}: "GET /api/v1/incidents/{}".
    std::string label = route.method + " " + route.pattern;
    for (std::size_t at; (at = label.find("([^/]+)")) != std::string::npos;)
      label.replace(at, 7, "{}");
    auto handler = [&s, &route, label](const httplib::Request& req, httplib::Response& res) {
      s.handle(route, label, req, res);
    };
    if (route.method == "GET")
      s.http.Get(route.pattern, handler);
    else if (route.method == "POST")
      s.http.Post(route.pattern, handler);
    else if (route.method == "PUT")
      s.http.Put(route.pattern, handler);
    else if (route.method == "DELETE")
      s.http.Delete(route.pattern, handler);
    else
      return make_error(ErrorCode::kInvalidArgument,
                        fmt::format("route {} {}: unsupported method", route.method, route.pattern));
  }
  const std::size_t threads = options.threads;
  s.http.new_task_queue = [threads] {
    return new httplib::ThreadPool(threads);
  };
  s.http.set_payload_max_length(options.max_body_bytes);
  s.http.set_read_timeout(options.read_timeout_seconds, 0);
  s.http.set_write_timeout(options.write_timeout_seconds, 0);
  s.http.set_error_handler([&s](const httplib::Request& req, httplib::Response& res) {
    // Only fill in bodies httplib left empty (404 for unknown paths, 413, 400 ...): those
    // never reached a route.
    if (!res.body.empty())
      return;
    s.context.metrics.observe_request(res.status == 404 ? "unmatched" : "rejected", res.status, 0);
    const std::string message =
        res.status == 404   ? fmt::format("no route {} {}", req.method, req.path)
        : res.status == 413 ? std::string("request body too large")
        : res.status == 414 ? fmt::format("request URI too long (at most {} bytes)",
                                          CPPHTTPLIB_REQUEST_URI_MAX_LENGTH)
        : res.status == 400
            ? std::string("malformed request (a POST needs Content-Length, also for an empty body)")
            : fmt::format("HTTP {}", res.status);
    send_error(res, res.status, message);
  });
  s.http.set_exception_handler(
      [](const httplib::Request& req, httplib::Response& res, std::exception_ptr error) {
        std::string what = "unknown";
        try {
          if (error)
            std::rethrow_exception(error);
        } catch (const std::exception& e) {
          what = e.what();
        } catch (...) {
        }
        spdlog::error("serve: {} {} failed: {}", req.method, req.path, what);
        send_error(res, 500, "internal error");
      });
  if (options.port == 0) {
    s.port = s.http.bind_to_any_port(options.host);
    if (s.port <= 0)
      return make_error(ErrorCode::kUnavailable, fmt::format("cannot listen on {}", options.host));
  } else {
    if (!s.http.bind_to_port(options.host, options.port))
      return make_error(
          ErrorCode::kUnavailable,
          fmt::format("cannot listen on {}:{} (in use, or not this machine's address)",
                      options.host, options.port));
    s.port = options.port;
  }
  return std::unique_ptr<ApiServer>(new ApiServer(std::move(impl)));
}

int ApiServer::port() const { return impl_->port; }
bool ApiServer::run() { return impl_->http.listen_after_bind(); }
void ApiServer::stop() {
  if (impl_)
    impl_->http.stop();
}
const std::vector<Route>& ApiServer::routes() const { return impl_->routes; }

}  // namespace rauch::server
