#include "notify/message.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "notify/email_message.h"
#include "notify/message_text.h"
#include "notify/notify_config.h"

namespace rauch::notify {
namespace {

Message hijack_message() {
  Message m;
  m.event = Event::kOpened;
  store::IncidentRecord& r = m.incident;
  r.id = 12;
  r.key = "hijack:velora";
  r.kind = "hijack";
  r.severity = store::Severity::kCritical;
  r.title = "Own account @Velora links to lookalike ve1ora-login.de";
  r.explanation = "@Velora posted 3 links to ve1ora-login.de <not velora.de> in 4 minutes";
  r.details_json = R"({"account":"@Velora","domain":"ve1ora-login.de","posts":3})";
  r.started_at = *parse_rfc3339("2026-11-27T17:30:00Z");
  r.updated_at = *parse_rfc3339("2026-11-27T17:34:00Z");
  m.recipient = Recipient{"ben", 1};
  m.sent_at = *parse_rfc3339("2026-11-27T17:34:05Z");
  return m;
}

TEST(Message, WebhookBodyHasTheDocumentedKeysWithDetailsEmbedded) {
  const auto body = nlohmann::json::parse(webhook_json(hijack_message()));
  EXPECT_EQ(body["event"], "opened");
  EXPECT_EQ(body["incident"]["id"], 12);
  EXPECT_EQ(body["incident"]["key"], "hijack:velora");
  EXPECT_EQ(body["incident"]["kind"], "hijack");
  EXPECT_EQ(body["incident"]["severity"], "critical");
  EXPECT_EQ(body["incident"]["status"], "open");
  EXPECT_EQ(body["incident"]["query_id"], "");
  EXPECT_EQ(body["incident"]["started_at"], "2026-11-27T17:30:00Z");
  EXPECT_EQ(body["incident"]["updated_at"], "2026-11-27T17:34:00Z");
  ASSERT_TRUE(body["incident"]["details"].is_object());
  EXPECT_EQ(body["incident"]["details"]["domain"], "ve1ora-login.de");
  EXPECT_EQ(body["recipient"]["name"], "ben");
  EXPECT_EQ(body["recipient"]["level"], 1);
  EXPECT_EQ(body["sent_at"], "2026-11-27T17:34:05Z");
}

TEST(Message, WebhookBodyRoundTrips) {
  const Message m = hijack_message();
  auto back = message_from_webhook_json(webhook_json(m));
  ASSERT_TRUE(back) << back.error().message();
  EXPECT_EQ(back->incident, m.incident);
  EXPECT_EQ(back->recipient.name, "ben");
  EXPECT_EQ(back->sent_at, m.sent_at);
  EXPECT_FALSE(message_from_webhook_json(R"({"event":"opened"})"));
}

TEST(Message, SlackTextIsShortAndSaysHowToAcknowledge) {
  const std::string text = slack_text(hijack_message());
  EXPECT_EQ(text,
            ":rotating_light: *CRITICAL* Own account @Velora links to lookalike ve1ora-login.de\n"
            "@Velora posted 3 links to ve1ora-login.de &lt;not velora.de&gt; in 4 minutes\n"
            "Incident #12 (hijack) since 2026-11-27T17:30:00Z, for ben (level 1)\n"
            "Acknowledge: `rauchmelder incidents ack 12`");
}

TEST(EmailMessage, EncodesNonAsciiSubjectsAsEncodedWords) {
  EXPECT_EQ(encode_header_text("plain"), "plain");
  EXPECT_EQ(encode_header_text("Störung"), "=?UTF-8?B?U3TDtnJ1bmc=?=");
  const std::string long_text(60, 'x');
  const std::string encoded = encode_header_text(long_text + "ü");
  EXPECT_NE(encoded.find("?=\r\n =?UTF-8?B?"), std::string::npos);
  EXPECT_EQ(rfc5322_date(*parse_rfc3339("2026-11-27T17:30:05Z")), "Fri, 27 Nov 2026 17:30:05 +0000");
  EXPECT_EQ(base64("ab"), "YWI=");
}

TEST(RetryDelay, DoublesFromThirtySecondsUpToThirtyMinutes) {
  const RetryPolicy policy;
  EXPECT_EQ(retry_delay_ms(policy, 1), 30'000);
  EXPECT_EQ(retry_delay_ms(policy, 2), 60'000);
  EXPECT_EQ(retry_delay_ms(policy, 6), 960'000);
  EXPECT_EQ(retry_delay_ms(policy, 7), 1'800'000);
  EXPECT_EQ(retry_delay_ms(policy, 1000), 1'800'000);
}

}  // namespace
}  // namespace rauch::notify
