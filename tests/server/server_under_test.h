#pragma once

// The real API server of the in-process tests: an ApiServer on a free port of 127.0.0.1,
// running on its own thread from start() until the object goes, and a client for it.

#include <httplib.h>

#include <chrono>
#include <memory>
#include <string>
#include <thread>

#include <gtest/gtest.h>

#include "server/api_server.h"
#include "server/sqlite_readers.h"

namespace rauch::testing {

// Any free port; no analysis and no detection (the CLI tests cover them); two read-only
// connections to `db_path`, as serve opens them.
inline server::ServerOptions test_server_options(const std::string& db_path) {
  server::ServerOptions options;
  options.port = 0;
  options.threads = 8;
  options.analyze = false;
  options.detection_interval_ms = 0;
  options.read_connections = 2;
  options.open_reader = server::sqlite_readers(db_path);
  return options;
}

class ServerUnderTest {
 public:
  ServerUnderTest() = default;
  ServerUnderTest(const ServerUnderTest&) = delete;
  ServerUnderTest& operator=(const ServerUnderTest&) = delete;
  ~ServerUnderTest() {
    if (server_)
      server_->stop();
    if (thread_.joinable())
      thread_.join();
  }

  // Creates and runs the server, and waits until it answers; a failure fails the test.
  void start(store::Store& store, const server::ServerOptions& options) {
    auto created = server::ApiServer::create(store, options);
    ASSERT_TRUE(created) << created.error().message();
    server_ = std::move(*created);
    thread_ = std::thread([this] { server_->run(); });
    client_ = std::make_unique<httplib::Client>("127.0.0.1", server_->port());
    for (int i = 0; i < 200 && !client_->Get("/healthz"); ++i)
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }

  server::ApiServer* server() const { return server_.get(); }
  httplib::Client* client() const { return client_.get(); }

 private:
  std::unique_ptr<server::ApiServer> server_;
  std::thread thread_;
  std::unique_ptr<httplib::Client> client_;
};

}  // namespace rauch::testing
