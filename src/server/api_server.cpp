#include "server/api_server.h"

#include <httplib.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <fstream>

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include "app/post_annotator.h"
#include "app/time_arguments.h"
#include "access/credentials.h"
#include "server/api_routes.h"
#include "server/authenticator.h"
#include "server/detection_loop.h"
#include "server/event_hub.h"
#include "server/http_json.h"
#include "server/live_events.h"
#include "server/sessions.h"
#include "server/shared_store.h"

namespace rauch::server {
struct ApiServer::Impl {
  Impl(store::Store& store, std::vector<std::unique_ptr<store::Store>> readers,
       const ServerOptions& options)
      : shared(store, std::move(readers)),
        auth(shared),
        limiter(options.rate_limit),
        rate_limit(options.rate_limit),
        events(options.event_backlog, options.max_event_clients, EventHub::wall_clock_first_id()),
        context{shared, app::wall_clock_now, {}, {}, {}} {}

  SharedStore shared;
  Authenticator auth;
  RateLimiter limiter;
  RateLimit rate_limit;
  EventHub events;  // Outlives the routes and the detection that publish to it.
  RouteContext context;
  std::vector<Route> routes;
  std::unique_ptr<httplib::Server> http;  // An httplib::SSLServer under TLS.
  bool tls = false;
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

  // A bearer token when the request has one (API clients), else the session cookie (the
  // dashboard). A session's user is read again on every request, so removing the user or
  // lowering their role takes effect at once.
  Result<std::optional<Principal>> authenticate(const httplib::Request& req) {
    const std::string authorization = req.get_header_value("Authorization");
    const std::string cookies = req.get_header_value("Cookie");
    const auto cookie = session_cookie(cookies);
    if (!authorization.empty() || !cookie)
      return auth.authenticate(authorization);
    const auto session = context.sessions->find(*cookie);
    if (!session)
      return std::optional<Principal>();
    auto user = shared.read([&](store::Store& s) { return s.find_user(session->user); });
    if (!user)
      return tl::unexpected(user.error());
    if (!*user)
      return std::optional<Principal>();
    return std::optional<Principal>(Principal{session->user, std::min(session->role, (*user)->role),
                                              -session->serial, session->csrf_token});
  }

  void serve(const Route& route, const httplib::Request& req, httplib::Response& res) {
    Principal who;
    if (route.min_role) {
      auto principal = authenticate(req);
      if (!principal)
        return send_error(res, 503, "database: " + principal.error().message());
      if (!*principal) {
        res.set_header("WWW-Authenticate", "Bearer");
        return send_error(res, 401,
                          "a valid API token (Authorization: Bearer <token>) or a session "
                          "(POST /api/v1/session) is needed");
      }
      who = **principal;
      // A browser sends the cookie with any request a page makes, also one another site's
      // page makes; only our own pages know the CSRF token.
      if (!who.csrf_token.empty() && req.method != "GET" &&
          !access::same_secret(req.get_header_value("X-CSRF-Token"), who.csrf_token))
        return send_error(res, 403,
                          "CSRF check failed: send the session's csrf_token in X-CSRF-Token");
      if (auto wait = limiter.admit(who.token_id)) {
        const auto seconds = static_cast<long long>(std::ceil(wait->count()));
        res.set_header("Retry-After", std::to_string(std::max(1LL, seconds)));
        return send_error(res, 429,
                          fmt::format("too many requests for this token (more than {:g} a second); "
                                      "retry after {:.1f} s",
                                      rate_limit.per_second, wait->count()));
      }
      if (who.role < *route.min_role)
        return send_error(
            res, 403,
            fmt::format("role {} may not do this (needs {})", store::role_name(who.role),
                        store::role_name(*route.min_role)));
    }
    route.handler(req, res, who);
  }
};

namespace {

// Plain HTTP, or HTTPS from PEM files when tls_cert and tls_key are set.
Result<std::unique_ptr<httplib::Server>> make_http_server(const ServerOptions& options) {
  if (options.tls_cert.empty() && options.tls_key.empty())
    return std::make_unique<httplib::Server>();
  if (options.tls_cert.empty() || options.tls_key.empty())
    return make_error(ErrorCode::kInvalidArgument,
                      "TLS needs both tls_cert and tls_key (PEM files)");
  for (const std::string* file : {&options.tls_cert, &options.tls_key})
    if (!std::ifstream(*file))
      return make_error(ErrorCode::kInvalidArgument,
                        fmt::format("TLS: cannot read {}", *file));
  auto server =
      std::make_unique<httplib::SSLServer>(options.tls_cert.c_str(), options.tls_key.c_str());
  if (!server->is_valid())
    return make_error(ErrorCode::kInvalidArgument,
                      fmt::format("TLS: cannot use certificate {} with key {} (not PEM, or the "
                                  "key does not belong to the certificate)",
                                  options.tls_cert, options.tls_key));
  return std::unique_ptr<httplib::Server>(std::move(server));
}

}  // namespace

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
  if (options.rate_limit.per_second < 0 ||
      (options.rate_limit.per_second > 0 && options.rate_limit.burst < 1))
    return make_error(ErrorCode::kInvalidArgument,
                      "rate limit: requests per second must be 0 (off) or more, burst at least 1");
  std::vector<std::unique_ptr<store::Store>> readers;
  if (options.open_reader) {
    for (std::size_t i = 0; i < options.read_connections; ++i) {
      auto reader = options.open_reader();
      if (!reader)
        return make_error(reader.error().code(),
                          fmt::format("read connection: {}", reader.error().message()));
      readers.push_back(std::move(*reader));
    }
  }
  if (options.event_backlog < 1 || options.max_event_clients < 1)
    return make_error(ErrorCode::kInvalidArgument,
                      "event_backlog and max_event_clients must be at least 1");
  if (options.event_keepalive_ms < 1 || options.event_keepalive_ms > 3'600'000)
    return make_error(ErrorCode::kInvalidArgument, "event_keepalive_ms must be 1 to 3600000");
  auto impl = std::make_unique<Impl>(store, std::move(readers), options);
  Impl& s = *impl;
  auto http = make_http_server(options);
  if (!http)
    return tl::unexpected(http.error());
  s.http = std::move(*http);
  s.tls = !options.tls_cert.empty();
  SessionOptions session_options = options.sessions;
  session_options.secure_cookie = session_options.secure_cookie || s.tls;
  s.context.limits.max_posts_per_batch = options.max_posts_per_batch;
  s.context.limits.max_waiting_batches = options.max_waiting_batches;
  s.context.limits.event_keepalive = std::chrono::milliseconds(options.event_keepalive_ms);
  // Four transactions per batch of 1,000: ingest_stream analyses the next quarter while
  // the store writes this one, so a single batch uses both cores (28,000 against 25,600
  // posts/s with one transaction, bench/serve/load.sh).
  s.context.ingest.batch_size = 250;
  s.context.sessions = std::make_unique<SessionTable>(session_options);
  s.context.events = &s.events;
  auto match_events = MatchEvents::start(store, s.events);
  if (!match_events)
    return tl::unexpected(match_events.error());
  s.context.match_events = std::move(*match_events);
  // Analysis and the saved queries; the query routes reload the queries when they change.
  auto annotator = app::make_post_annotator(store, {options.analyze, options.brand_domains});
  if (!annotator)
    return tl::unexpected(annotator.error());
  s.context.annotator = std::move(*annotator);
  s.context.ingest.annotate = [annotator = s.context.annotator](
                                  std::span<const Post> posts,
                                  ingest::BatchAnnotations& annotations) {
    annotator->annotate(posts, annotations);
  };
  if (options.detection_interval_ms > 0) {
    app::IngestDetectionOptions detect_options = options.detection;
    auto& allowed = detect_options.detection.hijack.allowed_domains;
    allowed.insert(allowed.end(), options.brand_domains.begin(), options.brand_domains.end());
    auto loop = DetectionLoop::start(s.shared, detect_options,
                                     std::chrono::milliseconds(options.detection_interval_ms),
                                     DetectionListeners{
                                         [&s](const store::IncidentRecord& incident, bool opened) {
                                           publish_incident(s.events, incident, opened);
                                           s.context.metrics.add_incident(
                                               opened ? "opened" : "severity_rose",
                                               store::severity_name(incident.severity));
                                         },
                                         options.on_alerts,
                                         [&s](double seconds) {
                                           s.context.metrics.observe_detection_run(seconds);
                                         }});
    if (!loop)
      return tl::unexpected(loop.error());
    s.detection = std::move(*loop);
  }
  for (auto* area :
       {&health_routes, &metrics_routes, &session_routes, &incident_routes, &post_routes,
        &ingest_routes, &query_routes, &reply_routes, &event_routes, &author_routes,
        &series_routes})
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
      s.http->Get(route.pattern, handler);
    else if (route.method == "POST")
      s.http->Post(route.pattern, handler);
    else if (route.method == "PUT")
      s.http->Put(route.pattern, handler);
    else if (route.method == "DELETE")
      s.http->Delete(route.pattern, handler);
    else
      return make_error(ErrorCode::kInvalidArgument,
                        fmt::format("route {} {}: unsupported method", route.method, route.pattern));
  }
  const std::size_t threads = options.threads;
  s.http->new_task_queue = [threads] {
    return new httplib::ThreadPool(threads);
  };
  s.http->set_payload_max_length(options.max_body_bytes);
  s.http->set_read_timeout(options.read_timeout_seconds, 0);
  s.http->set_write_timeout(options.write_timeout_seconds, 0);
  s.http->set_error_handler([&s](const httplib::Request& req, httplib::Response& res) {
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
  s.http->set_exception_handler(
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
    s.port = s.http->bind_to_any_port(options.host);
    if (s.port <= 0)
      return make_error(ErrorCode::kUnavailable, fmt::format("cannot listen on {}", options.host));
  } else {
    if (!s.http->bind_to_port(options.host, options.port))
      return make_error(
          ErrorCode::kUnavailable,
          fmt::format("cannot listen on {}:{} (in use, or not this machine's address)",
                      options.host, options.port));
    s.port = options.port;
  }
  return std::unique_ptr<ApiServer>(new ApiServer(std::move(impl)));
}

int ApiServer::port() const { return impl_->port; }
bool ApiServer::tls() const { return impl_->tls; }
bool ApiServer::run() { return impl_->http->listen_after_bind(); }
void ApiServer::stop() {
  if (!impl_)
    return;
  // First the streams: httplib's stop waits for every connection's thread, and a stream's
  // thread waits for events until the hub is closed.
  impl_->events.close();
  impl_->http->stop();
}
const std::vector<Route>& ApiServer::routes() const { return impl_->routes; }

}  // namespace rauch::server
