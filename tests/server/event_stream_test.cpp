// GET /api/v1/events over real HTTP: ApiServer on a free port of 127.0.0.1 with a real
// SQLite file and a saved query, read by streaming clients as a browser's EventSource
// would.

#include <httplib.h>

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include <fmt/format.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "access/credentials.h"
#include "server/api_server.h"
#include "store/sqlite/sqlite_store.h"
#include "support/temp_dir.h"

namespace rauch::server {
namespace {

using store::Role;
constexpr auto kPatience = std::chrono::seconds(10);  // Only a failing test waits this long.

struct SseEvent {
  std::string id, kind;
  nlohmann::json data;
};

// The events (not comments, not `retry:`) of an event stream's text.
std::vector<SseEvent> parse_events(const std::string& text) {
  std::vector<SseEvent> out;
  std::size_t from = 0;
  for (std::size_t end; (end = text.find("\n\n", from)) != std::string::npos; from = end + 2) {
    SseEvent event;
    std::string data;
    std::size_t at = from;
    while (at < end) {
      const std::size_t nl = std::min(text.find('\n', at), end);
      const std::string line = text.substr(at, nl - at);
      if (line.starts_with("id: "))
        event.id = line.substr(4);
      else if (line.starts_with("event: "))
        event.kind = line.substr(7);
      else if (line.starts_with("data: "))
        data = line.substr(6);
      at = nl + 1;
    }
    if (!event.kind.empty()) {
      event.data = nlohmann::json::parse(data);
      out.push_back(std::move(event));
    }
  }
  return out;
}

// A client reading GET /api/v1/events on its own thread, as EventSource does.
class StreamReader {
 public:
  StreamReader(int port, const std::string& token, const std::string& path,
               httplib::Headers headers = {})
      : client_("127.0.0.1", port) {
    headers.emplace("Authorization", "Bearer " + token);
    thread_ = std::thread([this, path, headers] {
      auto r = client_.Get(path, headers, [this](const char* data, std::size_t n) {
        std::lock_guard lock(mutex_);
        text_.append(data, n);
        changed_.notify_all();
        return !leave_;
      });
      std::lock_guard lock(mutex_);
      ended_ = true;
      status_ = r ? r->status : -1;
      changed_.notify_all();
    });
  }
  ~StreamReader() {
    {
      std::lock_guard lock(mutex_);
      leave_ = true;  // At the next keepalive at the latest.
    }
    thread_.join();
  }

  // Waits until the stream's text has `what` in it `times` times (or ended).
  bool wait_for(const std::string& what, int times = 1) {
    std::unique_lock lock(mutex_);
    return changed_.wait_for(lock, kPatience, [&] {
      int found = 0;
      for (std::size_t at = 0; (at = text_.find(what, at)) != std::string::npos; at += what.size())
        ++found;
      return found >= times;
    });
  }
  bool wait_for_end() {
    std::unique_lock lock(mutex_);
    return changed_.wait_for(lock, kPatience, [&] { return ended_; });
  }
  std::vector<SseEvent> events() {
    std::lock_guard lock(mutex_);
    return parse_events(text_);
  }
  std::string text() {
    std::lock_guard lock(mutex_);
    return text_;
  }
  int status() {
    std::lock_guard lock(mutex_);
    return status_;
  }

 private:
  httplib::Client client_;
  std::mutex mutex_;  // Protects what follows.
  std::condition_variable changed_;
  std::string text_;
  bool leave_ = false;
  bool ended_ = false;
  int status_ = 0;
  std::thread thread_;
};

class EventStreamTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto opened = store::sqlite::SqliteStore::open(dir_.file("rauch.db"));
    ASSERT_TRUE(opened) << opened.error().message();
    store_ = std::move(*opened);
    for (auto [name, role] : {std::pair{"vic", Role::kViewer}, {"mia", Role::kAgent}}) {
      ASSERT_TRUE(store_->add_user({name, role, "", Timestamp{1}}));
      auto made = access::generate_token();
      ASSERT_TRUE(made);
      ASSERT_TRUE(store_->add_token({.public_id = made->public_id,
                                     .user = name,
                                     .role = role,
                                     .secret_hash = made->secret_hash,
                                     .created_at = Timestamp{2}}));
      (role == Role::kViewer ? viewer_ : agent_) = made->token;
    }
    // Saved before the server starts, which loads the saved queries once.
    ASSERT_TRUE(store_->put_query({.id = "velora",
                                   .text = "velora",
                                   .name = "Velora",
                                   .category = store::QueryCategory::kBrand,
                                   .owner = "mia",
                                   .created_at = Timestamp{1},
                                   .updated_at = Timestamp{1}}));
    ServerOptions options;
    options.port = 0;
    options.threads = 8;
    options.analyze = false;
    options.detection_interval_ms = 0;
    options.max_event_clients = 2;
    options.event_keepalive_ms = 100;
    auto server = ApiServer::create(*store_, options);
    ASSERT_TRUE(server) << server.error().message();
    server_ = std::move(*server);
    thread_ = std::thread([this] { server_->run(); });
    client_ = std::make_unique<httplib::Client>("127.0.0.1", server_->port());
    for (int i = 0; i < 200 && !client_->Get("/healthz"); ++i)
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  void TearDown() override {
    server_->stop();
    if (thread_.joinable())
      thread_.join();
  }

  StreamReader connect(const std::string& path = "/api/v1/events?timeout=60",
                       httplib::Headers headers = {}) {
    return StreamReader(server_->port(), viewer_, path, std::move(headers));
  }
  httplib::Result get(const std::string& path, httplib::Headers headers = {}) {
    headers.emplace("Authorization", "Bearer " + viewer_);
    return client_->Get(path, headers);
  }
  httplib::Result post(const std::string& path, const std::string& body = "") {
    return client_->Post(path, {{"Authorization", "Bearer " + agent_}}, body,
                         "application/x-ndjson");
  }
  static std::string post_line(const std::string& id, const std::string& text) {
    return fmt::format(
        R"({{"id":"{}","source":"twitter","created_at":"2026-10-13T15:00:00Z","text":"{}","author":{{"id":"u-{}","handle":"h{}"}}}})"
        "\n",
        id, text, id, id);
  }
  std::int64_t record_incident(const std::string& key) {
    store::IncidentRecord r;
    r.key = key;
    r.query_id = "velora";
    r.kind = "volume";
    r.severity = store::Severity::kCritical;
    r.title = "Velora: " + key;
    r.details_json = "{}";
    r.started_at = r.updated_at = Timestamp{1000};
    auto update = store_->record_incident(r);
    EXPECT_TRUE(update);
    return update ? update->id : 0;
  }

  testing::TempDir dir_;
  std::unique_ptr<store::sqlite::SqliteStore> store_;
  std::unique_ptr<ApiServer> server_;
  std::thread thread_;
  std::unique_ptr<httplib::Client> client_;
  std::string viewer_, agent_;
};

TEST_F(EventStreamTest, APostThatMatchesASavedQueryArrivesAsAMatchEventOnce) {
  StreamReader reader = connect();
  ASSERT_TRUE(reader.wait_for("retry: "));
  const std::string batch = post_line("t1", "Mein Velora Akku ist kaputt") +
                            post_line("t2", "nothing to see") + post_line("t3", "VELORA again");
  ASSERT_EQ(post("/api/v1/posts", batch)->status, 202);
  // The same batch again stores nothing new, so it matches nothing new.
  ASSERT_EQ(post("/api/v1/posts", batch)->status, 202);
  ASSERT_EQ(post("/api/v1/posts", post_line("t4", "velora!"))->status, 202);
  ASSERT_TRUE(reader.wait_for("event: match", 3)) << reader.text();

  const auto events = reader.events();
  ASSERT_EQ(events.size(), 3u) << reader.text();
  std::vector<std::string> posts;
  for (const SseEvent& e : events) {
    EXPECT_EQ(e.kind, "match");
    EXPECT_EQ(e.data["query_id"], "velora");
    posts.push_back(e.data["ext_id"]);
  }
  EXPECT_EQ(posts, (std::vector<std::string>{"t1", "t3", "t4"}));
  EXPECT_EQ(events[0].data["post"], "twitter:t1");
  EXPECT_EQ(events[0].data["source"], "twitter");
  EXPECT_EQ(events[0].data["author"]["id"], "u-t1");
  EXPECT_EQ(events[0].data["author"]["handle"], "ht1");
  EXPECT_EQ(events[0].data["created_at"], "2026-10-13T15:00:00Z");
  EXPECT_EQ(events[0].data["text"], "Mein Velora Akku ist kaputt");
  EXPECT_EQ(events[0].data["truncated"], false);
  EXPECT_LT(std::stoll(events[0].id), std::stoll(events[1].id));
  EXPECT_LT(std::stoll(events[1].id), std::stoll(events[2].id));
}

TEST_F(EventStreamTest, AnAcknowledgedIncidentArrivesAsIncidentChanged) {
  const std::int64_t id = record_incident("volume:velora");
  StreamReader reader = connect();
  ASSERT_TRUE(reader.wait_for("retry: "));
  ASSERT_EQ(post(fmt::format("/api/v1/incidents/{}/ack", id))->status, 200);
  ASSERT_TRUE(reader.wait_for("event: incident_changed")) << reader.text();
  const auto events = reader.events();
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].data["id"], id);
  EXPECT_EQ(events[0].data["change"], "acknowledged");
  EXPECT_EQ(events[0].data["status"], "acknowledged");
  EXPECT_EQ(events[0].data["acknowledged_by"], "mia");
}

TEST_F(EventStreamTest, AnIdleStreamGetsKeepaliveComments) {
  StreamReader reader = connect();
  EXPECT_TRUE(reader.wait_for(": keepalive\n\n", 2)) << reader.text();
  EXPECT_TRUE(reader.events().empty());
}

TEST_F(EventStreamTest, ReconnectingWithLastEventIdGetsExactlyTheMissedEvents) {
  const std::int64_t first = record_incident("volume:a");
  const std::int64_t second = record_incident("volume:b");
  std::string seen;
  {
    StreamReader reader = connect();
    ASSERT_TRUE(reader.wait_for("retry: "));
    ASSERT_EQ(post(fmt::format("/api/v1/incidents/{}/ack", first))->status, 200);
    ASSERT_TRUE(reader.wait_for("event: incident_changed"));
    seen = reader.events().at(0).id;
  }  // The client goes away; three events happen meanwhile.
  ASSERT_EQ(post(fmt::format("/api/v1/incidents/{}/resolve", first))->status, 200);
  ASSERT_EQ(post("/api/v1/posts", post_line("m1", "velora"))->status, 202);
  ASSERT_EQ(post(fmt::format("/api/v1/incidents/{}/ack", second))->status, 200);

  for (const bool as_header : {true, false}) {
    SCOPED_TRACE(as_header ? "Last-Event-ID" : "?last_event_id=");
    auto r = as_header ? get("/api/v1/events?timeout=0", {{"Last-Event-ID", seen}})
                       : get("/api/v1/events?timeout=0&last_event_id=" + seen);
    ASSERT_TRUE(r);
    ASSERT_EQ(r->status, 200) << r->body;
    EXPECT_EQ(r->get_header_value("Content-Type"), "text/event-stream");
    const auto missed = parse_events(r->body);
    ASSERT_EQ(missed.size(), 3u) << r->body;
    EXPECT_EQ(missed[0].kind, "incident_changed");
    EXPECT_EQ(missed[0].data["change"], "resolved");
    EXPECT_EQ(missed[1].kind, "match");
    EXPECT_EQ(missed[1].data["ext_id"], "m1");
    EXPECT_EQ(missed[2].kind, "incident_changed");
    EXPECT_EQ(missed[2].data["id"], second);
    EXPECT_EQ(std::stoll(missed[0].id), std::stoll(seen) + 1);
  }
  // Caught up: nothing more. An id from before this server started: reset, then all.
  auto caught_up =
      get("/api/v1/events?timeout=0", {{"Last-Event-ID", std::to_string(std::stoll(seen) + 3)}});
  EXPECT_TRUE(parse_events(caught_up->body).empty()) << caught_up->body;
  auto old = get("/api/v1/events?timeout=0", {{"Last-Event-ID", "12"}});
  const auto replayed = parse_events(old->body);
  ASSERT_EQ(replayed.size(), 5u) << old->body;
  EXPECT_EQ(replayed[0].kind, "reset");
  EXPECT_EQ(std::stoll(replayed[0].id), std::stoll(seen) - 1);
  EXPECT_EQ(replayed[1].id, seen);
}

TEST_F(EventStreamTest, BadParametersAreRefusedNamingThem) {
  for (const auto& [path, named] : std::vector<std::pair<std::string, std::string>>{
           {"/api/v1/events?timeout=abc", "timeout"},
           {"/api/v1/events?timeout=3601", "timeout"},
           {"/api/v1/events?last_event_id=-1", "last_event_id"}}) {
    auto r = get(path);
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 400) << path;
    EXPECT_NE(r->body.find(named), std::string::npos) << r->body;
  }
  auto header = get("/api/v1/events?timeout=0", {{"Last-Event-ID", "yesterday"}});
  EXPECT_EQ(header->status, 400);
  EXPECT_NE(header->body.find("Last-Event-ID"), std::string::npos) << header->body;
}

TEST_F(EventStreamTest, MoreClientsThanTheLimitGet503WithRetryAfter) {
  StreamReader a = connect();
  StreamReader b = connect();
  ASSERT_TRUE(a.wait_for("retry: "));
  ASSERT_TRUE(b.wait_for("retry: "));
  auto third = get("/api/v1/events?timeout=0");
  ASSERT_TRUE(third);
  EXPECT_EQ(third->status, 503);
  EXPECT_EQ(third->get_header_value("Retry-After"), "5");
  EXPECT_NE(nlohmann::json::parse(third->body)["error"]["message"].get<std::string>().find(
                "2 live-event streams"),
            std::string::npos)
      << third->body;
  auto metrics = get("/metrics");
  EXPECT_NE(metrics->body.find("\nrauchmelder_event_clients 2\n"), std::string::npos)
      << metrics->body;
}

TEST_F(EventStreamTest, AStreamEndsAfterItsTimeout) {
  StreamReader reader = connect("/api/v1/events?timeout=1");
  EXPECT_TRUE(reader.wait_for_end());
  EXPECT_EQ(reader.status(), 200);
  EXPECT_TRUE(reader.wait_for("retry: "));
}

// With the default keepalive of 15 s, so the stream is waiting for events, not about to
// write, when the server stops: only closing the hub ends it at once.
TEST_F(EventStreamTest, StoppingTheServerEndsOpenStreamsPromptly) {
  server_->stop();
  thread_.join();
  ServerOptions options;
  options.port = 0;
  options.threads = 4;
  options.analyze = false;
  options.detection_interval_ms = 0;
  auto created = ApiServer::create(*store_, options);
  ASSERT_TRUE(created) << created.error().message();
  server_ = std::move(*created);
  thread_ = std::thread([this] { server_->run(); });
  StreamReader reader = connect("/api/v1/events");  // No timeout: only the server ends it.
  ASSERT_TRUE(reader.wait_for("retry: "));
  const auto start = std::chrono::steady_clock::now();
  server_->stop();
  thread_.join();
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(3));
  EXPECT_TRUE(reader.wait_for_end());
}

}  // namespace
}  // namespace rauch::server
