#pragma once

// `rauchmelder serve`'s HTTP server (docs/api.md): the API routes behind bearer-token
// authentication and role checks, JSON errors for everything (unknown routes, oversized
// bodies, exceptions), on 127.0.0.1 by default. The routes are a table (routes()), so a
// test can walk every route with every role.

#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "app/ingest_detection.h"
#include "core/error.h"
#include "server/rate_limiter.h"
#include "server/route.h"
#include "server/sessions.h"
#include "store/store.h"

namespace rauch::server {

struct ServerOptions {
  std::string host = "127.0.0.1";
  int port = 8080;            // 0: any free port (tests)
  std::size_t threads = 256;  // one per concurrent keep-alive client; 200 clients need 200
  std::size_t max_body_bytes = 16 * 1024 * 1024;
  int read_timeout_seconds = 10;  // a client that sends slower is cut off
  int write_timeout_seconds = 10;
  std::size_t max_posts_per_batch = 10'000;  // POST /api/v1/posts
  int max_waiting_batches = 16;              // more in flight: 503 with Retry-After
  RateLimit rate_limit;                      // per API token; 429 with Retry-After
  SessionOptions sessions;                   // dashboard logins
  // HTTPS from these PEM files when both are set (session cookies are then Secure).
  std::string tls_cert;
  std::string tls_key;
  // Read-only connections for the routes that only read (0: they share the writer's).
  // open_reader opens one more connection to the store's database.
  std::size_t read_connections = 4;
  std::function<Result<std::unique_ptr<store::Store>>()> open_reader;
  // Posts that arrive over HTTP are analysed (unless false) and matched against the saved
  // queries as `rauchmelder ingest` does; brand_domains as its --brand-domain.
  bool analyze = true;
  std::vector<std::string> brand_domains;
  // Detection over the stored posts every detection_interval_ms (0 = off), as ingest runs
  // it, with these parameters ([detect] of the config file); brand_domains are added to
  // the own accounts' allowed link domains.
  int detection_interval_ms = 1000;
  app::IngestDetectionOptions detection;
  // What each detection run recorded, on the detection thread (serve: notifications).
  std::function<void(const std::vector<app::RecordedAlert>&)> on_alerts;
  // Live events (GET /api/v1/events): how many the server keeps for clients that
  // reconnect, how many streams may be open at once (more: 503), and how often an idle
  // stream gets a keepalive comment.
  std::size_t event_backlog = 10'000;
  int max_event_clients = 64;
  int event_keepalive_ms = 15'000;
};

class ApiServer {
 public:
  // Binds the socket (so the port is known and taken before run()). kUnavailable when the
  // address cannot be bound; kInvalidArgument for a bad option.
  [[nodiscard]] static Result<std::unique_ptr<ApiServer>> create(store::Store& store,
                                                                 const ServerOptions& options);
  ~ApiServer();
  ApiServer(const ApiServer&) = delete;
  ApiServer& operator=(const ApiServer&) = delete;

  int port() const;
  bool tls() const;  // https
  // Serves until stop(); false when the listening socket failed.
  bool run();
  // Stops accepting and returns once the requests in progress are answered; live-event
  // streams end at once. Any thread.
  void stop();

  const std::vector<Route>& routes() const;

 private:
  struct Impl;
  explicit ApiServer(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace rauch::server
