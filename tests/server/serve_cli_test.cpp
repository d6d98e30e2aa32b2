// `rauchmelder users`, `tokens` and `serve` as a user runs them: a real process on a free
// port of 127.0.0.1, spoken to over HTTP, stopped with SIGTERM.

#include <httplib.h>
#include <signal.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <fstream>
#include <regex>
#include <string>
#include <thread>

#include <fmt/format.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "app/process.h"
#include "support/http_sink.h"
#include "support/temp_dir.h"

namespace rauch {
namespace {

using testing::run_rauchmelder;
using testing::RunningProcess;

std::string last_line(const std::string& out) {
  std::string s = out;
  while (!s.empty() && s.back() == '\n')
    s.pop_back();
  const std::size_t nl = s.rfind('\n');
  return nl == std::string::npos ? s : s.substr(nl + 1);
}

// Reads stderr until the "listening on http(s)://HOST:PORT" line; 0 when it does not come.
int wait_for_port(RunningProcess& serve) {
  const std::regex listening(R"(listening on https?://127\.0\.0\.1:(\d+))");
  std::string line;
  while (serve.read_err_line(line, 10'000)) {
    std::smatch m;
    if (std::regex_search(line, m, listening))
      return std::stoi(m[1]);
  }
  return 0;
}

class ServeCliTest : public ::testing::Test {
 protected:
  std::string db() const { return dir_.file("rauch.db"); }
  testing::TempDir dir_;
};

TEST_F(ServeCliTest, ATokenMadeOnTheCommandLineOpensTheApiUntilSigterm) {
  ASSERT_EQ(run_rauchmelder({"users", "add", "mia", "--role", "agent", "--db", db()}).exit_code, 0);
  auto created =
      run_rauchmelder({"tokens", "create", "--user", "mia", "--role", "agent", "--db", db()});
  ASSERT_EQ(created.exit_code, 0) << created.err;
  const std::string token = last_line(created.out);
  ASSERT_TRUE(token.starts_with("rmt_")) << created.out;
  // Stored only as a slow hash: the secret is nowhere in the database file.
  std::ifstream file(db(), std::ios::binary);
  const std::string bytes((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
  EXPECT_EQ(bytes.find(token.substr(token.rfind('_') + 1)), std::string::npos);

  RunningProcess serve({"serve", "--db", db(), "--listen", "127.0.0.1:0"});
  const int port = wait_for_port(serve);
  ASSERT_GT(port, 0);
  httplib::Client client("127.0.0.1", port);
  auto health = client.Get("/healthz");
  ASSERT_TRUE(health);
  EXPECT_EQ(health->status, 200);
  EXPECT_EQ(client.Get("/api/v1/incidents")->status, 401);
  auto listed = client.Get("/api/v1/incidents", {{"Authorization", "Bearer " + token}});
  ASSERT_TRUE(listed);
  EXPECT_EQ(listed->status, 200) << listed->body;

  // A post sent over HTTP is analysed like `rauchmelder ingest` does and stored at once.
  const std::string post =
      R"({"id":"h1","source":"twitter","created_at":"2026-10-13T15:00:00Z","text":"Mein Akku ist schon wieder kaputt, totaler Mist!","author":{"id":"u1","handle":"anna"}})";
  auto sent = client.Post("/api/v1/posts", {{"Authorization", "Bearer " + token}}, post + "\n",
                          "application/x-ndjson");
  ASSERT_TRUE(sent);
  ASSERT_EQ(sent->status, 202) << sent->body;
  EXPECT_EQ(nlohmann::json::parse(sent->body)["stored"], 1);
  auto one = client.Get("/api/v1/posts/twitter/h1", {{"Authorization", "Bearer " + token}});
  ASSERT_EQ(one->status, 200);
  const auto analysis = nlohmann::json::parse(one->body)["analysis"];
  ASSERT_TRUE(analysis.is_object()) << one->body;
  EXPECT_EQ(analysis["sentiment_label"], "negative") << analysis.dump();
  EXPECT_EQ(analysis["intent"], "complaint") << analysis.dump();

  // Revoked on the command line while the server runs: refused at once.
  auto tokens = run_rauchmelder({"tokens", "list", "--json", "--db", db()});
  ASSERT_EQ(tokens.exit_code, 0);
  const auto id = nlohmann::json::parse(tokens.out)[0]["id"].get<std::int64_t>();
  ASSERT_EQ(run_rauchmelder({"tokens", "revoke", std::to_string(id), "--db", db()}).exit_code, 0);
  EXPECT_EQ(client.Get("/api/v1/incidents", {{"Authorization", "Bearer " + token}})->status, 401);

  const auto before = std::chrono::steady_clock::now();
  serve.signal(SIGTERM);
  EXPECT_EQ(serve.wait(), 0);
  EXPECT_LT(std::chrono::steady_clock::now() - before, std::chrono::seconds(10));
}

// Batches sent by a client while the server is killed with SIGKILL: every post of every
// batch answered with 202 is in the database after a restart.
TEST_F(ServeCliTest, SigkillLosesNothingThatWasAnsweredWith202) {
  ASSERT_EQ(run_rauchmelder({"users", "add", "feed", "--role", "agent", "--db", db()}).exit_code,
            0);
  const std::string token = last_line(
      run_rauchmelder({"tokens", "create", "--user", "feed", "--role", "agent", "--db", db()}).out);
  std::atomic<std::int64_t> acknowledged{0};  // Written by the sender, read here.
  {
    RunningProcess serve({"serve", "--db", db(), "--listen", "127.0.0.1:0"});
    const int port = wait_for_port(serve);
    ASSERT_GT(port, 0);
    httplib::Client client("127.0.0.1", port);
    std::atomic<bool> stop{false};
    std::thread sender([&] {
      for (int batch = 0; !stop; ++batch) {
        std::string body;
        for (int i = 0; i < 200; ++i)
          body += fmt::format(
              R"({{"id":"k{}-{}","source":"twitter","created_at":"2026-10-13T15:00:00Z","text":"Akku kaputt {}","author":{{"id":"u{}"}}}})"
              "\n",
              batch, i, i, i);
        auto r = client.Post("/api/v1/posts", {{"Authorization", "Bearer " + token}}, body,
                             "application/x-ndjson");
        if (!r)
          break;  // The server is gone.
        if (r->status == 202)
          acknowledged += nlohmann::json::parse(r->body)["stored"].get<std::int64_t>();
      }
    });
    while (acknowledged < 1000)
      std::this_thread::sleep_for(std::chrono::milliseconds(5));
    serve.kill_hard();
    stop = true;
    sender.join();
  }
  ASSERT_GE(acknowledged.load(), 1000);
  // A restart finds at least every acknowledged post (a batch in flight may be in too).
  RunningProcess serve({"serve", "--db", db(), "--listen", "127.0.0.1:0"});
  const int port = wait_for_port(serve);
  ASSERT_GT(port, 0);
  auto counted = run_rauchmelder({"posts", "--db", db(), "--limit", "1000000", "--json"});
  ASSERT_EQ(counted.exit_code, 0) << counted.err;
  const auto stored = std::count(counted.out.begin(), counted.out.end(), '\n');
  EXPECT_GE(stored, acknowledged.load());
  serve.signal(SIGTERM);
  EXPECT_EQ(serve.wait(), 0);
}

// The generated scandal sent over HTTP in batches: detection inside serve raises the
// critical crisis, visible in the API within seconds and sent to the on-call person's
// webhook ([notify]/[oncall] in serve's config), without `rauchmelder ingest`.
TEST_F(ServeCliTest, TheScandalSentOverHttpRaisesACriticalIncident) {
  const std::string posts = dir_.file("posts.ndjson");
  ASSERT_EQ(run_rauchmelder({"generate", "--scenario", "scandal", "--seed", "1", "--days", "28",
                             "--out", posts})
                .exit_code,
            0);
  ASSERT_EQ(run_rauchmelder({"queries", "add", "--db", db(), "velora",
                             "velora OR #velora* OR @velora OR @velora_hilfe OR @velora_news"})
                .exit_code,
            0);
  ASSERT_EQ(run_rauchmelder({"users", "add", "feed", "--role", "agent", "--db", db()}).exit_code,
            0);
  const std::string token = last_line(
      run_rauchmelder({"tokens", "create", "--user", "feed", "--role", "agent", "--db", db()}).out);
  // The on-call person's webhook: a real HTTP server of the test.
  testing::HttpSink sink;
  const std::string config = dir_.file("serve.toml");
  std::ofstream(config) << R"([server]
event_backlog = 1000000   # every live event of the run stays for the check below

[notify]
min_severity = "critical"

[oncall]
time_zone = "Europe/Berlin"

[[oncall.people]]
name = "ben"
webhook = ")" << sink.url() << R"("

[[oncall.rotations]]
name = "always"
level = 1
people = ["ben"]
)";
  RunningProcess serve({"serve", "--db", db(), "--listen", "127.0.0.1:0", "--config", config});
  const int port = wait_for_port(serve);
  ASSERT_GT(port, 0);
  httplib::Client client("127.0.0.1", port);
  client.set_read_timeout(60, 0);
  std::ifstream in(posts);
  std::string line, batch;
  int lines = 0;
  auto send = [&] {
    auto r = client.Post("/api/v1/posts", {{"Authorization", "Bearer " + token}}, batch,
                         "application/x-ndjson");
    ASSERT_TRUE(r);
    ASSERT_EQ(r->status, 202) << r->body;
    EXPECT_EQ(nlohmann::json::parse(r->body)["rejected"], 0) << r->body;
    batch.clear();
    lines = 0;
  };
  while (std::getline(in, line)) {
    batch += line + "\n";
    if (++lines == 5000)
      send();
  }
  if (lines > 0)
    send();
  bool critical = false;
  std::string last;
  for (int i = 0; i < 300 && !critical; ++i) {
    auto r = client.Get("/api/v1/incidents?status=all", {{"Authorization", "Bearer " + token}});
    ASSERT_TRUE(r);
    last = r->body;
    const nlohmann::json listed =
        nlohmann::json::parse(r->body);  // Named: the loop below reads into it.
    for (const auto& incident : listed["incidents"])
      critical =
          critical || (incident["key"] == "crisis:velora" && incident["severity"] == "critical");
    if (!critical)
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  EXPECT_TRUE(critical) << last.substr(0, 2000);
  // ... and was a live event: the backlog of GET /api/v1/events has the incident.
  auto events = client.Get("/api/v1/events?timeout=0&last_event_id=0",
                           {{"Authorization", "Bearer " + token}});
  ASSERT_TRUE(events);
  ASSERT_EQ(events->status, 200);
  bool incident_event = false;
  const std::string prefix = "event: incident\ndata: ";
  for (std::size_t at = 0; (at = events->body.find(prefix, at)) != std::string::npos; ++at) {
    const std::size_t begin = at + prefix.size();
    const auto data = nlohmann::json::parse(
        events->body.substr(begin, events->body.find('\n', begin) - begin));
    incident_event = incident_event || data["key"] == "crisis:velora";
  }
  EXPECT_TRUE(incident_event);
  EXPECT_NE(events->body.find("event: match\n"), std::string::npos);
  // ... and reaches whoever is on call, through the webhook.
  bool notified = false;
  for (int i = 0; i < 100 && !notified; ++i) {
    for (const testing::HttpRequest& request : sink.requests()) {
      const auto sent = nlohmann::json::parse(request.body);
      notified = notified || (sent["incident"]["key"] == "crisis:velora" &&
                              sent["incident"]["severity"] == "critical" &&
                              sent["recipient"]["name"] == "ben");
    }
    if (!notified)
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  EXPECT_TRUE(notified) << sink.requests().size() << " webhook requests";
  // The pipeline shows in /metrics: matches, detection runs, the incidents it raised.
  auto metrics = client.Get("/metrics", {{"Authorization", "Bearer " + token}});
  ASSERT_TRUE(metrics);
  const std::string m = metrics->body;
  EXPECT_EQ(m.find("rauchmelder_matches_total 0\n"), std::string::npos) << m;
  EXPECT_NE(m.find("rauchmelder_matches_total "), std::string::npos) << m;
  EXPECT_NE(m.find("rauchmelder_ingest_queue_depth 0\n"), std::string::npos) << m;
  EXPECT_EQ(m.find("rauchmelder_detection_run_seconds_count 0\n"), std::string::npos) << m;
  EXPECT_NE(m.find("rauchmelder_incidents_total{event=\"opened\",severity=\""), std::string::npos)
      << m;
  serve.signal(SIGTERM);
  EXPECT_EQ(serve.wait(), 0);
}

TEST_F(ServeCliTest, BadListenAddressesAndConfigKeysAreRefusedWithTheirPlace) {
  auto bad = run_rauchmelder({"serve", "--db", db(), "--listen", "localhost"});
  EXPECT_EQ(bad.exit_code, 1);
  EXPECT_NE(bad.err.find("ADDR:PORT"), std::string::npos) << bad.err;
  const std::string config = dir_.file("rauchmelder.toml");
  std::ofstream(config) << "[server]\nlisten = \"127.0.0.1:0\"\nport = 80\n";
  auto unknown = run_rauchmelder({"serve", "--db", db(), "--config", config});
  EXPECT_EQ(unknown.exit_code, 1);
  EXPECT_NE(unknown.err.find("rauchmelder.toml:3"), std::string::npos) << unknown.err;
  EXPECT_NE(unknown.err.find("port"), std::string::npos) << unknown.err;
  // [detect] is read too, with the same checks as ingest.
  std::ofstream(config) << "[server]\nlisten = \"127.0.0.1:0\"\n[detect.volume]\nalert_zz = 7\n";
  auto detect = run_rauchmelder({"serve", "--db", db(), "--config", config});
  EXPECT_EQ(detect.exit_code, 1);
  EXPECT_NE(detect.err.find("rauchmelder.toml:4"), std::string::npos) << detect.err;
  EXPECT_NE(detect.err.find("alert_zz"), std::string::npos) << detect.err;
  std::ofstream(config) << "[server]\nlisten = \"127.0.0.1:0\"\nmax_event_clients = 0\n";
  auto zero = run_rauchmelder({"serve", "--db", db(), "--config", config});
  EXPECT_EQ(zero.exit_code, 1);
  EXPECT_NE(zero.err.find("rauchmelder.toml:3: [server] max_event_clients: wrong type"),
            std::string::npos)
      << zero.err;
  std::ofstream(config) << "[server]\nlisten = \"127.0.0.1:0\"\nrequests_per_second = -5\n";
  auto negative = run_rauchmelder({"serve", "--db", db(), "--config", config});
  EXPECT_EQ(negative.exit_code, 1);
  EXPECT_NE(negative.err.find("rauchmelder.toml:3: [server] requests_per_second: wrong type"),
            std::string::npos)
      << negative.err;
}

TEST_F(ServeCliTest, TokensAreNeverWiderThanTheirUser) {
  ASSERT_EQ(run_rauchmelder({"users", "add", "vic", "--db", db()}).exit_code, 0);
  auto wide =
      run_rauchmelder({"tokens", "create", "--user", "vic", "--role", "admin", "--db", db()});
  EXPECT_EQ(wide.exit_code, 1);
  EXPECT_NE(wide.err.find("viewer"), std::string::npos) << wide.err;
  auto nobody = run_rauchmelder({"tokens", "create", "--user", "nobody", "--db", db()});
  EXPECT_EQ(nobody.exit_code, 1);
  auto dup = run_rauchmelder({"users", "add", "vic", "--db", db()});
  EXPECT_EQ(dup.exit_code, 1);
  EXPECT_NE(dup.err.find("already exists"), std::string::npos);
}

// TLS from certificate files: the API answers over https only, and a dashboard session's
// cookie is Secure. The certificate is made by Debian's openssl for 127.0.0.1.
TEST_F(ServeCliTest, WithACertificateItServesHttpsAndSessionCookiesAreSecure) {
  const std::string cert = dir_.file("cert.pem");
  const std::string key = dir_.file("key.pem");
  const std::string make_cert = fmt::format(
      "openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=127.0.0.1 "
      "-addext subjectAltName=IP:127.0.0.1 -keyout {} -out {} 2>/dev/null",
      key, cert);
  ASSERT_EQ(std::system(make_cert.c_str()), 0);
  ASSERT_EQ(run_rauchmelder({"users", "add", "dana", "--role", "viewer", "--password-stdin",
                             "--db", db()},
                            "correct horse battery\n")
                .exit_code,
            0);
  const std::string config = dir_.file("serve.toml");
  std::ofstream(config) << fmt::format(
      "[server]\nlisten = \"127.0.0.1:0\"\ntls_cert = \"{}\"\ntls_key = \"{}\"\n", cert, key);
  RunningProcess serve({"serve", "--config", config, "--db", db()});
  const int port = wait_for_port(serve);
  ASSERT_GT(port, 0);

  httplib::SSLClient https("127.0.0.1", port);
  https.set_ca_cert_path(cert.c_str());
  https.enable_server_certificate_verification(true);
  auto health = https.Get("/healthz");
  ASSERT_TRUE(health) << httplib::to_string(health.error());
  EXPECT_EQ(health->status, 200);
  auto in = https.Post("/api/v1/session", R"({"user": "dana", "password": "correct horse battery"})",
                       "application/json");
  ASSERT_TRUE(in);
  ASSERT_EQ(in->status, 200) << in->body;
  EXPECT_NE(in->get_header_value("Set-Cookie").find("; Secure"), std::string::npos);

  httplib::Client plain("127.0.0.1", port);
  plain.set_read_timeout(2, 0);
  auto refused = plain.Get("/healthz");
  EXPECT_TRUE(!refused || refused->status != 200);  // Plain HTTP gets no answer.

  serve.signal(SIGTERM);
  EXPECT_EQ(serve.wait(), 0);

  // A key that does not belong to the certificate is refused at start, naming the files.
  std::ofstream(config) << fmt::format(
      "[server]\nlisten = \"127.0.0.1:0\"\ntls_cert = \"{}\"\ntls_key = \"{}\"\n", cert, config);
  auto bad = run_rauchmelder({"serve", "--config", config, "--db", db()});
  EXPECT_EQ(bad.exit_code, 1);
  EXPECT_NE(bad.err.find("TLS: cannot use certificate"), std::string::npos) << bad.err;
}

}  // namespace
}  // namespace rauch
