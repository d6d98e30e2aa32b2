// `rauchmelder serve [--config FILE] [--listen ADDR:PORT] [--db PATH]` (docs/api.md):
// serves the API until SIGTERM or SIGINT, then stops accepting, answers the requests in
// progress and exits 0.

#include <pthread.h>
#include <signal.h>

#include <charconv>
#include <chrono>
#include <cstdio>
#include <memory>
#include <optional>
#include <string>
#include <thread>

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <spdlog/spdlog.h>
#include <toml++/toml.h>

#include "app/commands.h"
#include "app/detection_config.h"
#include "app/ingest_notifications.h"
#include "server/api_server.h"
#include "server/commands.h"
#include "server/sqlite_readers.h"
#include "store/sqlite/sqlite_store.h"

namespace rauch::server {
namespace {

struct ServeArgs {
  std::string config;
  std::string listen;  // ADDR:PORT; overrides the config file
  std::string db;      // overrides the config file
};

// How long a stopping serve waits for notifications on their way; the rest stays in the
// outbox for the next start (or `rauchmelder notify deliver`).
constexpr auto kNotifyBudget = std::chrono::milliseconds(5'000);

struct ServeSettings {
  std::string db = "rauchmelder.db";
  ServerOptions server;
};

Result<void> apply_listen(std::string_view listen, ServerOptions& options, std::string_view where) {
  const std::size_t colon = listen.rfind(':');
  int port = -1;
  if (colon != std::string_view::npos) {
    const std::string_view digits = listen.substr(colon + 1);
    const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), port);
    if (ec != std::errc() || end != digits.data() + digits.size())
      port = -1;
  }
  if (colon == std::string_view::npos || colon == 0 || port < 0 || port > 65535)
    return make_error(ErrorCode::kInvalidArgument,
                      fmt::format("{}: listen must be ADDR:PORT, e.g. 127.0.0.1:8080 (got \"{}\")",
                                  where, listen));
  std::string host(listen.substr(0, colon));
  if (host.size() > 2 && host.front() == '[' && host.back() == ']')
    host = host.substr(1, host.size() - 2);
  options.host = host;
  options.port = port;
  return {};
}

constexpr const char* kServerKeys =
    "listen, db, threads, read_connections, requests_per_second, burst, tls_cert, tls_key, "
    "max_posts_per_batch, max_waiting_batches, max_event_clients, event_backlog";

bool is_server_key(std::string_view key) {
  for (std::string_view known :
       {"listen", "db", "threads", "read_connections", "requests_per_second", "burst", "tls_cert",
        "tls_key", "max_posts_per_batch", "max_waiting_batches", "max_event_clients",
        "event_backlog"})
    if (key == known)
      return true;
  return false;
}

// [server] listen = "127.0.0.1:8080", db = "rauchmelder.db", threads = 256, ... serve also
// reads [detect] (for its detection); [notify] and [oncall] belong to other commands.
Result<void> read_config(const std::string& path, ServeSettings& settings) {
  toml::table table;
  try {
    table = toml::parse_file(path);
  } catch (const toml::parse_error& e) {
    return make_error(ErrorCode::kInvalidArgument,
                      fmt::format("{}:{}: {}", path, e.source().begin.line, e.description()));
  }
  const toml::table* server = table["server"].as_table();
  if (!server)
    return {};
  for (const auto& [key, node] : *server) {
    const std::string where =
        fmt::format("{}:{}: [server] {}", path, node.source().begin.line, key.str());
    if (key == "listen" && node.is_string()) {
      if (auto ok = apply_listen(*node.value<std::string>(), settings.server, where); !ok)
        return ok;
    } else if (key == "db" && node.is_string()) {
      settings.db = *node.value<std::string>();
    } else if (const auto n = node.value<std::int64_t>();
               node.is_integer() && key == "max_posts_per_batch" && *n >= 1 && *n <= 1'000'000) {
      settings.server.max_posts_per_batch = static_cast<std::size_t>(*n);
    } else if (node.is_integer() && key == "max_waiting_batches" && *n >= 1 && *n <= 1024) {
      settings.server.max_waiting_batches = static_cast<int>(*n);
    } else if (node.is_integer() && key == "max_event_clients" && *n >= 1 && *n <= 4096) {
      settings.server.max_event_clients = static_cast<int>(*n);
    } else if (node.is_integer() && key == "event_backlog" && *n >= 1 && *n <= 10'000'000) {
      settings.server.event_backlog = static_cast<std::size_t>(*n);
    } else if (key == "tls_cert" && node.is_string()) {
      settings.server.tls_cert = *node.value<std::string>();
    } else if (key == "tls_key" && node.is_string()) {
      settings.server.tls_key = *node.value<std::string>();
    } else if (key == "threads" && node.is_integer() && *node.value<std::int64_t>() >= 1 &&
               *node.value<std::int64_t>() <= 4096) {
      settings.server.threads = static_cast<std::size_t>(*node.value<std::int64_t>());
    } else if (key == "read_connections" && node.is_integer() &&
               *node.value<std::int64_t>() >= 0 && *node.value<std::int64_t>() <= 64) {
      settings.server.read_connections = static_cast<std::size_t>(*node.value<std::int64_t>());
    } else if (key == "requests_per_second" && node.is_number() &&
               *node.value<double>() >= 0) {
      settings.server.rate_limit.per_second = *node.value<double>();
    } else if (key == "burst" && node.is_number() && *node.value<double>() >= 1) {
      settings.server.rate_limit.burst = *node.value<double>();
    } else if (is_server_key(key.str())) {
      return make_error(ErrorCode::kInvalidArgument,
                        fmt::format("{}: wrong type or range (listen: \"ADDR:PORT\", db: a path, "
                                    "threads: 1..4096, read_connections: 0..64, "
                                    "requests_per_second: 0 (off) or more, burst: 1 or more, "
                                    "tls_cert and tls_key: paths, max_posts_per_batch: "
                                    "1..1000000, max_waiting_batches: 1..1024, "
                                    "max_event_clients: 1..4096, event_backlog: 1..10000000)",
                                    where));
    } else {
      return make_error(ErrorCode::kInvalidArgument,
                        fmt::format("{}: unknown key ({})", where, kServerKeys));
    }
  }
  return {};
}

int fail(const Error& error) {
  fmt::print(stderr, "rauchmelder serve: {}\n", error.message());
  return error.code() == ErrorCode::kInvalidArgument ? app::kExitRejected : app::kExitFailure;
}

int run_serve(const ServeArgs& args) {
  ServeSettings settings;
  if (!args.config.empty()) {
    if (auto read = read_config(args.config, settings); !read)
      return fail(read.error());
    // The same [detect] tables as `ingest --config` reads.
    auto detection = app::read_detection_config(args.config, settings.server.detection.detection);
    if (!detection)
      return fail(detection.error());
    settings.server.detection.detection = detection->defaults;
    settings.server.detection.per_query = detection->per_query;
  }
  if (!args.listen.empty()) {
    if (auto ok = apply_listen(args.listen, settings.server, "--listen"); !ok)
      return fail(ok.error());
  }
  if (!args.db.empty())
    settings.db = args.db;

  // SIGTERM and SIGINT are taken by one thread with sigwait; blocked before any other
  // thread starts, so none of the server's threads is interrupted by them.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGTERM);
  sigaddset(&stop_signals, SIGINT);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);

  auto store = store::sqlite::SqliteStore::open(settings.db);
  if (!store)
    return fail(store.error());
  // The read connections of the read routes.
  settings.server.open_reader = sqlite_readers(settings.db);
  // With [notify]/[oncall] in the config file, incidents that open or rise go to whoever
  // is on call, as with ingest; a background thread delivers, retries and escalates.
  std::unique_ptr<app::IngestNotifications> notifications;
  if (!args.config.empty()) {
    auto started = app::IngestNotifications::start(settings.db, args.config);
    if (!started)
      return fail(started.error());
    notifications = std::move(*started);
  }
  if (notifications) {
    settings.server.on_alerts = [&notifications](const std::vector<app::RecordedAlert>& alerts) {
      if (auto enqueued = notifications->changed(alerts); !enqueued)
        spdlog::error("serve: notify: {}", enqueued.error().message());
    };
  }
  auto server = ApiServer::create(**store, settings.server);
  if (!server)
    return fail(server.error());
  std::thread stopper([&] {
    int signal = 0;
    sigwait(&stop_signals, &signal);
    fmt::print(stderr, "rauchmelder serve: {} received, stopping\n",
               signal == SIGTERM ? "SIGTERM" : "SIGINT");
    (*server)->stop();
  });
  const char* scheme = (*server)->tls() ? "https" : "http";
  fmt::print("rauchmelder serves {}://{}:{} (API /api/v1, health /healthz; database {})\n",
             scheme, settings.server.host, (*server)->port(), settings.db);
  std::fflush(stdout);
  // The log (stderr) says it too, for service managers and for --listen ADDR:0.
  fmt::print(stderr, "rauchmelder serve: listening on {}://{}:{}\n", scheme,
             settings.server.host, (*server)->port());
  const bool served = (*server)->run();
  if (!served) {
    // The listening socket failed: wake the stopper so the process can end.
    pthread_kill(stopper.native_handle(), SIGTERM);
  }
  stopper.join();
  server->reset();  // Detection stops before the notifications it feeds.
  if (notifications)
    notifications->finish(kNotifyBudget);
  fmt::print(stderr, "rauchmelder serve: stopped\n");
  return served ? app::kExitOk : app::kExitFailure;
}

}  // namespace

void register_serve(CLI::App& app, int& exit_code) {
  auto args = std::make_shared<ServeArgs>();
  CLI::App* cmd = app.add_subcommand(
      "serve",
      "Serve the HTTP API (docs/api.md) on 127.0.0.1:8080 unless the config or --listen says "
      "otherwise, until SIGTERM or SIGINT. Create a user and a token first: `rauchmelder users "
      "add NAME --role agent` and `rauchmelder tokens create --user NAME --role agent`.");
  cmd->add_option("--config", args->config,
                  "TOML config file: [server] (docs/api.md); [detect] as for ingest; [notify] "
                  "and [oncall] send the incidents serve raises to whoever is on call");
  cmd->add_option("--listen", args->listen, "ADDR:PORT to listen on (overrides the config)");
  cmd->add_option("--db", args->db,
                  "SQLite database file (overrides the config; default rauchmelder.db)");
  cmd->callback([args, &exit_code] { exit_code = run_serve(*args); });
}

}  // namespace rauch::server
