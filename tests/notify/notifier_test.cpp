// The notifier end to end: a real SQLite outbox, real channels against sinks on 127.0.0.1,
// the weekend on-call config (weekend_config.h) and an injected clock.

#include "notify/notifier.h"

#include <chrono>

#include <fmt/format.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "notify/config_file.h"
#include "notify/notifier_thread.h"
#include "notify/weekend_config.h"
#include "store/sqlite/sqlite_store.h"
#include "support/http_sink.h"
#include "support/smtp_sink.h"
#include "support/tcp_listener.h"
#include "support/temp_dir.h"

namespace rauch::notify {
namespace {

using namespace std::chrono_literals;

Timestamp at(const char* rfc3339) { return *parse_rfc3339(rfc3339); }
Timestamp plus_minutes(Timestamp t, std::int64_t minutes) { return {t.ms + minutes * 60'000}; }

// The hijack scenario: the brand's own account @Velora posts links to a lookalike.
store::IncidentRecord hijack(Timestamp started, store::Severity severity = store::Severity::kCritical) {
  store::IncidentRecord r;
  r.key = "hijack:velora";
  r.kind = "hijack";
  r.severity = severity;
  r.title = "Own account @Velora links to lookalike ve1ora-login.de";
  r.explanation = "@Velora posted 3 links to ve1ora-login.de in 4 minutes; velora.de is the "
                  "brand's domain.";
  r.details_json = R"({"account":"@Velora","domain":"ve1ora-login.de","lookalike_of":"velora.de"})";
  r.started_at = started;
  r.updated_at = started;
  return r;
}

class NotifierTest : public ::testing::Test {
 protected:
  void open(const std::string& webhook_url, int timeout_seconds = 15) {
    auto config = parse_notify_config(
        testing::weekend_config(smtp_.url(), webhook_url, slack_.url("/slack"), timeout_seconds),
        "weekend.toml");
    ASSERT_TRUE(config) << config.error().message();
    config_ = std::make_unique<NotifyFileConfig>(std::move(*config));
    auto store = store::sqlite::SqliteStore::open(dir_.file("rauch.db"));
    ASSERT_TRUE(store) << store.error().message();
    store_ = std::move(*store);
    notifier_ = std::make_unique<Notifier>(*store_, config_->notify, config_->oncall,
                                           make_channels(config_->notify));
  }
  void close() {
    notifier_.reset();
    store_.reset();
  }
  // Records the incident and tells the notifier, as ingest will.
  std::int64_t record(const store::IncidentRecord& incident, Timestamp now, std::int64_t* enqueued = nullptr) {
    auto update = store_->record_incident(incident);
    EXPECT_TRUE(update) << update.error().message();
    auto added = notifier_->incident_changed(incident, *update, now);
    EXPECT_TRUE(added) << added.error().message();
    if (enqueued != nullptr) *enqueued = *added;
    return update->id;
  }
  std::vector<store::NotificationRecord> rows(std::int64_t incident_id) {
    return *store_->list_notifications({.incident_id = incident_id});
  }
  // The incident's row for the webhook channel (ben also has slack).
  store::NotificationRecord webhook_row(std::int64_t incident_id) {
    for (const auto& row : rows(incident_id))
      if (row.channel == "webhook") return row;
    ADD_FAILURE() << "no webhook row";
    return {};
  }

  rauch::testing::TempDir dir_;
  rauch::testing::SmtpSink smtp_;
  rauch::testing::HttpSink slack_;
  std::unique_ptr<NotifyFileConfig> config_;
  std::unique_ptr<store::sqlite::SqliteStore> store_;
  std::unique_ptr<Notifier> notifier_;
};

TEST_F(NotifierTest, WeekendHijackGoesToAfterHoursThenEscalatesToLevelTwo) {
  rauch::testing::HttpSink webhook;
  open(webhook.url());
  const Timestamp friday = at("2026-11-27T18:30:00+01:00");
  const std::int64_t id = record(hijack(friday), friday);

  auto first = notifier_->tick(friday);
  ASSERT_TRUE(first) << first.error().message();
  EXPECT_EQ(first->delivery.sent, 2);  // ben: webhook and slack.
  ASSERT_EQ(webhook.requests().size(), 1u);
  const auto body = nlohmann::json::parse(webhook.requests()[0].body);
  EXPECT_EQ(body["event"], "opened");
  EXPECT_EQ(body["incident"]["id"], id);
  EXPECT_EQ(body["incident"]["kind"], "hijack");
  EXPECT_EQ(body["incident"]["details"]["domain"], "ve1ora-login.de");
  EXPECT_EQ(body["recipient"]["name"], "ben");
  EXPECT_NE(webhook.requests()[0].headers.find("Content-Type: application/json"), std::string::npos);
  ASSERT_EQ(slack_.requests().size(), 1u);
  const auto slack = nlohmann::json::parse(slack_.requests()[0].body);
  EXPECT_NE(slack["text"].get<std::string>().find(fmt::format("rauchmelder incidents ack {}", id)),
            std::string::npos);
  EXPECT_TRUE(smtp_.mails().empty());

  // 14 minutes without acknowledgement: not yet.
  EXPECT_EQ(notifier_->tick(plus_minutes(friday, 14))->escalated, 0);
  // 15 minutes: cleo (level 2) gets an e-mail, once.
  auto escalated = notifier_->tick(plus_minutes(friday, 15));
  ASSERT_TRUE(escalated);
  EXPECT_EQ(escalated->escalated, 1);
  EXPECT_EQ(escalated->delivery.sent, 1);
  ASSERT_EQ(smtp_.mails().size(), 1u);
  EXPECT_EQ(smtp_.mails()[0].rcpt_to, std::vector<std::string>{"<cleo@velora.example>"});
  EXPECT_EQ(notifier_->tick(plus_minutes(friday, 60))->escalated, 0);  // No level 3.
  EXPECT_EQ(rows(id).back().event, "escalated");
  EXPECT_EQ(rows(id).back().level, 2);
}

TEST_F(NotifierTest, AcknowledgedIncidentsDoNotEscalate) {
  rauch::testing::HttpSink webhook;
  open(webhook.url());
  const Timestamp friday = at("2026-11-27T18:30:00+01:00");
  const std::int64_t id = record(hijack(friday), friday);
  ASSERT_TRUE(store_->acknowledge_incident(id, "ben", plus_minutes(friday, 5)));
  EXPECT_EQ(notifier_->tick(plus_minutes(friday, 30))->escalated, 0);
}

TEST_F(NotifierTest, MondayMorningAndHolidayGoToTheRightPerson) {
  rauch::testing::HttpSink webhook;
  open(webhook.url());
  const Timestamp early = at("2026-11-30T08:30:00+01:00");
  const Timestamp later = at("2026-11-30T09:30:00+01:00");
  const Timestamp christmas = at("2026-12-25T11:00:00+01:00");
  store::IncidentRecord a = hijack(early);
  a.key = "hijack:early";
  store::IncidentRecord b = hijack(later);
  b.key = "hijack:later";
  store::IncidentRecord c = hijack(christmas);
  c.key = "hijack:christmas";
  EXPECT_EQ(rows(record(a, early)).front().recipient, "ben");
  EXPECT_EQ(rows(record(b, later)).front().recipient, "anna");
  EXPECT_EQ(rows(record(b, later)).size(), 1u);  // A mere update: nothing new.
  EXPECT_EQ(rows(record(c, christmas)).front().recipient, "ben");
}

TEST_F(NotifierTest, RenotifiesWhenSeverityRisesButNotForAnUpdate) {
  rauch::testing::HttpSink webhook;
  open(webhook.url());
  const Timestamp t = at("2026-11-30T10:00:00+01:00");
  std::int64_t enqueued = -1;
  const std::int64_t id = record(hijack(t, store::Severity::kWarning), t, &enqueued);
  EXPECT_EQ(enqueued, 1);  // anna: e-mail.
  record(hijack(plus_minutes(t, 2), store::Severity::kWarning), plus_minutes(t, 2), &enqueued);
  EXPECT_EQ(enqueued, 0);
  record(hijack(plus_minutes(t, 4), store::Severity::kCritical), plus_minutes(t, 4), &enqueued);
  EXPECT_EQ(enqueued, 1);
  ASSERT_EQ(rows(id).size(), 2u);
  EXPECT_EQ(rows(id)[1].event, "severity_rose");
  ASSERT_TRUE(notifier_->tick(plus_minutes(t, 4)));
  ASSERT_TRUE(smtp_.wait_for(2, 5s));
  const std::string data = smtp_.mails()[1].data;
  EXPECT_NE(data.find("Subject: [Rauchmelder] CRITICAL: severity rose: Own account @Velora"),
            std::string::npos)
      << data;
  // Below min_severity: nobody is paged.
  store::IncidentRecord info = hijack(t, store::Severity::kInfo);
  info.key = "hijack:info";
  record(info, t, &enqueued);
  EXPECT_EQ(enqueued, 0);
}

TEST_F(NotifierTest, SmtpSinkReceivesAProperMail) {
  rauch::testing::HttpSink webhook;
  open(webhook.url());
  const Timestamp t = at("2026-11-30T10:00:00+01:00");
  store::IncidentRecord incident = hijack(t);
  incident.title = "Störung: @Velora verlinkt ve1ora-login.de";
  const std::int64_t id = record(incident, t);
  ASSERT_TRUE(notifier_->tick(t));
  ASSERT_TRUE(smtp_.wait_for(1, 5s));
  const rauch::testing::ReceivedMail mail = smtp_.mails()[0];
  EXPECT_EQ(mail.mail_from, "<rauchmelder@velora.example>");
  EXPECT_EQ(mail.rcpt_to, std::vector<std::string>{"<anna@velora.example>"});
  const std::string& d = mail.data;
  EXPECT_NE(d.find("From: Rauchmelder Velora <rauchmelder@velora.example>\r\n"), std::string::npos);
  EXPECT_NE(d.find("To: <anna@velora.example>\r\n"), std::string::npos);
  EXPECT_NE(d.find("Subject: =?UTF-8?B?"), std::string::npos) << d;
  EXPECT_NE(d.find("Date: Mon, 30 Nov 2026 09:00:00 +0000\r\n"), std::string::npos) << d;
  EXPECT_NE(d.find("Message-ID: <rauchmelder."), std::string::npos);
  EXPECT_NE(d.find("Content-Type: text/plain; charset=utf-8\r\n"), std::string::npos);
  const std::string body = rauch::testing::decode_base64(d.substr(d.find("\r\n\r\n") + 4));
  EXPECT_NE(body.find("Störung: @Velora verlinkt ve1ora-login.de"), std::string::npos) << body;
  EXPECT_NE(body.find(fmt::format("rauchmelder incidents ack {}", id)), std::string::npos);
  EXPECT_NE(body.find("\"lookalike_of\": \"velora.de\""), std::string::npos) << body;
}

TEST_F(NotifierTest, WebhookFailingWithServerErrorIsRetriedWithBackoff) {
  rauch::testing::HttpSink webhook({500, 503});
  open(webhook.url());
  const Timestamp t = at("2026-11-28T12:00:00+01:00");
  const std::int64_t id = record(hijack(t), t);
  auto first = notifier_->tick(t);
  ASSERT_TRUE(first);
  EXPECT_EQ(first->delivery.sent, 1);  // slack
  EXPECT_EQ(first->delivery.retrying, 1);
  store::NotificationRecord row = webhook_row(id);
  EXPECT_EQ(row.channel, "webhook");
  EXPECT_EQ(row.next_attempt_at.ms, t.ms + 30'000);
  EXPECT_NE(row.last_error.find("webhook http://127.0.0.1:"), std::string::npos) << row.last_error;
  EXPECT_NE(row.last_error.find("HTTP 500"), std::string::npos) << row.last_error;
  EXPECT_EQ(row.last_error.find("/hook"), std::string::npos);  // The URL path may be a secret.

  EXPECT_EQ(notifier_->deliver({t.ms + 29'999})->retrying, 0);  // Not due yet.
  EXPECT_EQ(notifier_->deliver({t.ms + 30'000})->retrying, 1);  // 503.
  EXPECT_EQ(webhook_row(id).next_attempt_at.ms, t.ms + 30'000 + 60'000);  // Doubled.
  EXPECT_EQ(notifier_->deliver({t.ms + 90'000})->sent, 1);
  EXPECT_EQ(webhook.requests().size(), 3u);
  EXPECT_EQ(webhook_row(id).status, store::NotificationStatus::kSent);
  EXPECT_EQ(webhook_row(id).attempts, 3);
}

TEST_F(NotifierTest, GivesUpAfterMaxAttemptsAndMarksFailed) {
  rauch::testing::HttpSink webhook({500, 500, 500, 500, 500});
  open(webhook.url());
  const Timestamp t = at("2026-11-28T12:00:00+01:00");
  const std::int64_t id = record(hijack(t), t);
  Timestamp now = t;
  DeliveryCounts total;
  for (int i = 0; i < 6; ++i, now = plus_minutes(now, 60)) {
    auto d = notifier_->deliver(now);
    ASSERT_TRUE(d);
    total.failed += d->failed;
  }
  EXPECT_EQ(total.failed, 1);
  EXPECT_EQ(webhook_row(id).status, store::NotificationStatus::kFailed);
  EXPECT_EQ(webhook_row(id).attempts, 4);
}

TEST_F(NotifierTest, DeadEndpointNeverBlocksAndStaysPending) {
  rauch::testing::TcpListener silent;  // Accepts into its backlog, never answers.
  open("http://127.0.0.1:" + std::to_string(silent.port()) + "/hook", /*timeout_seconds=*/2);
  const Timestamp t = at("2026-11-28T12:00:00+01:00");
  const auto before = std::chrono::steady_clock::now();
  const std::int64_t id = record(hijack(t), t);  // Enqueueing does not touch the network.
  EXPECT_LT(std::chrono::steady_clock::now() - before, 1s);
  auto d = notifier_->deliver(t);
  ASSERT_TRUE(d);
  EXPECT_LT(std::chrono::steady_clock::now() - before, 6s);  // timeout_seconds = 2.
  EXPECT_EQ(d->retrying, 1);
  EXPECT_EQ(webhook_row(id).status, store::NotificationStatus::kPending);
  EXPECT_NE(webhook_row(id).last_error.find("webhook"), std::string::npos);
}

TEST_F(NotifierTest, PendingNotificationsSurviveARestart) {
  // The endpoint is down (503) at first; the row's address is kept in the outbox.
  rauch::testing::HttpSink webhook({503});
  open(webhook.url());
  const Timestamp t = at("2026-11-28T12:00:00+01:00");
  const std::int64_t id = record(hijack(t), t);
  EXPECT_EQ(notifier_->deliver(t)->retrying, 1);
  close();

  // Restart: the same file, a new store and notifier; the endpoint is up again.
  open(webhook.url());
  EXPECT_EQ(webhook_row(id).status, store::NotificationStatus::kPending);
  auto d = notifier_->deliver(plus_minutes(t, 1));
  ASSERT_TRUE(d);
  EXPECT_EQ(d->sent, 1);
  ASSERT_EQ(webhook.requests().size(), 2u);
  EXPECT_EQ(nlohmann::json::parse(webhook.requests()[1].body)["incident"]["id"], id);
  EXPECT_EQ(webhook_row(id).status, store::NotificationStatus::kSent);
  EXPECT_EQ(webhook_row(id).attempts, 2);
}

TEST_F(NotifierTest, BackgroundThreadDeliversAfterWake) {
  rauch::testing::HttpSink webhook;
  open(webhook.url());
  const Timestamp t = at("2026-11-28T12:00:00+01:00");
  NotifierThread thread(*notifier_, [t] { return t; }, std::chrono::hours(1));
  ASSERT_TRUE(thread.wait_for_ticks(1, 5s));
  record(hijack(t), t);
  thread.wake();
  EXPECT_TRUE(webhook.wait_for(1, 5s));
  EXPECT_TRUE(slack_.wait_for(1, 5s));
}

}  // namespace
}  // namespace rauch::notify
