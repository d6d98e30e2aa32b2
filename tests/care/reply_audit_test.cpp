#include "care/reply_audit.h"

#include <fstream>
#include <set>
#include <string>

#include <fmt/format.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace rauch::care {
namespace {

// Code points before byte `at`: the unit of the spans.
std::uint32_t code_points(const std::string& text, std::size_t at) {
  std::uint32_t n = 0;
  for (std::size_t i = 0; i < at; ++i)
    n += (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
  return n;
}

// Every labelled reply: exactly the expected kinds of finding, and each expected finding's
// `covers` text inside a finding of its kind. Reports every reply that differs.
void check_labelled(const std::string& lang) {
  const ReplyAuditor auditor;
  std::ifstream in(std::string(RAUCH_SOURCE_DIR) + "/tests/care/replies_" + lang + ".jsonl");
  ASSERT_TRUE(in);
  std::string line;
  int replies = 0, with_findings = 0;
  while (std::getline(in, line)) {
    const auto labelled = nlohmann::json::parse(line);
    const std::string text = labelled["text"];
    SCOPED_TRACE(text);
    ++replies;
    const auto findings = auditor.check(text, lang);
    std::set<std::string> expected_kinds, found_kinds;
    for (const auto& f : findings)
      found_kinds.insert(std::string(reply_finding_kind_name(f.kind)));
    const nlohmann::json expected = labelled["findings"];
    with_findings += !expected.empty();
    for (const auto& e : expected) {
      const std::string kind = e["kind"];
      expected_kinds.insert(kind);
      const std::string covers = e["covers"];
      const std::size_t at = text.find(covers);
      ASSERT_NE(at, std::string::npos);
      const std::uint32_t begin = code_points(text, at);
      const std::uint32_t end = code_points(text, at + covers.size());
      bool covered = false;
      for (const auto& f : findings)
        covered = covered || (reply_finding_kind_name(f.kind) == kind && f.begin <= begin &&
                              end <= f.end);
      EXPECT_TRUE(covered) << kind << " should cover \"" << covers << "\"";
    }
    EXPECT_EQ(found_kinds, expected_kinds);
  }
  EXPECT_GE(replies, 50);
  EXPECT_GE(with_findings, 25);
  EXPECT_GE(replies - with_findings, 20);
}

TEST(ReplyAudit, FindsWhatTheLabelledGermanRepliesSayAndNothingElse) { check_labelled("de"); }
TEST(ReplyAudit, FindsWhatTheLabelledEnglishRepliesSayAndNothingElse) { check_labelled("en"); }

TEST(ReplyAudit, SpansCountCodePointsSoUmlautsBeforeThemDoNotShiftThem) {
  const ReplyAuditor auditor;
  const std::string text = "Ärgerlich, dass Ihr Gerät kaputt ist. Bitte wenden Sie sich an die Hotline.";
  const auto findings = auditor.check(text, "de");
  ASSERT_EQ(findings.size(), 1u);
  // Ä and ä are two bytes and one code point each.
  EXPECT_EQ(findings[0].begin, code_points(text, text.find("wenden")));
  EXPECT_EQ(findings[0].end, code_points(text, text.find("Hotline") + 7));
  EXPECT_EQ(findings[0].begin, 44u);
}

TEST(ReplyAudit, MovingToPrivateMessagesIsNotDeflection) {
  const ReplyAuditor auditor;
  EXPECT_TRUE(auditor.check("Bitte wenden Sie sich per DM an uns, dann klären wir das.", "de").empty());
  EXPECT_TRUE(auditor.check("Please contact us via direct message so we can fix this.", "en").empty());
  EXPECT_FALSE(auditor.check("Please contact our support by phone.", "en").empty());
}

TEST(ReplyAudit, AReferralAfterEarlierReferralsSaysWhereInTheChainItIs) {
  const ReplyAuditor auditor;
  ReplyContext context;
  context.earlier = {{"Bitte wenden Sie sich an den Kundenservice.", Timestamp{0}},
                     {"Dafür ist eine andere Abteilung zuständig.", Timestamp{3'600'000}}};
  context.at = Timestamp{7'200'000};
  const auto findings = auditor.check("Rufen Sie bitte die Hotline an.", "de", context);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_NE(findings[0].why.find("referral 3 in this conversation"), std::string::npos)
      << findings[0].why;
}

TEST(ReplyAudit, APromisedAnswerThatCameLateIsABrokenPromiseOnTheNextReply) {
  const ReplyAuditor auditor;
  constexpr std::int64_t kHour = 3'600'000;
  const Timestamp sent{1'700'000'000'000};
  const EarlierReply promise{"Wir melden uns innerhalb von 24 Stunden bei Ihnen.", sent};
  const std::string next = "Hallo, hier ist das Ergebnis unserer Prüfung.";

  ReplyContext late{{promise}, Timestamp{sent.ms + 30 * kHour}};
  const auto broken = auditor.check(next, "de", late);
  ASSERT_EQ(broken.size(), 1u);
  EXPECT_EQ(broken[0].kind, ReplyFindingKind::kBrokenPromise);
  EXPECT_NE(broken[0].why.find("innerhalb von 24 Stunden"), std::string::npos) << broken[0].why;
  EXPECT_NE(broken[0].why.find("6.0 hours late"), std::string::npos) << broken[0].why;

  ReplyContext in_time{{promise}, Timestamp{sent.ms + 20 * kHour}};
  EXPECT_TRUE(auditor.check(next, "de", in_time).empty());
  // A reply between the promise and this one: this one is not the late one.
  ReplyContext followed{{promise, {"Kurzes Update: wir prüfen noch.", Timestamp{sent.ms + 23 * kHour}}},
                        Timestamp{sent.ms + 50 * kHour}};
  EXPECT_TRUE(auditor.check(next, "de", followed).empty());
  // Nobody promising ("die Lieferung kommt morgen") is no promise.
  EXPECT_TRUE(auditor.promises("Die Lieferung kommt morgen.", "de", sent).empty());
}

TEST(ReplyAudit, PromisesNameTheirDeadline) {
  const ReplyAuditor auditor;
  const Timestamp friday_noon{1'763'726'400'000};  // 2025-11-21T12:00:00Z, a Friday
  auto due = [&](const std::string& text, const std::string& lang) {
    const auto found = auditor.promises(text, lang, friday_noon);
    return found.empty() ? std::string("none") : format_rfc3339(found.front().due);
  };
  EXPECT_EQ(due("We'll get back to you within 2 hours.", "en"), "2025-11-21T14:00:00Z");
  EXPECT_EQ(due("Wir melden uns bis morgen.", "de"), "2025-11-23T00:00:00Z");
  // Two working days after a Friday: Tuesday.
  EXPECT_EQ(due("Wir melden uns innerhalb von zwei Werktagen.", "de"), "2025-11-25T12:00:00Z");
  EXPECT_EQ(due("The parcel arrives tomorrow.", "en"), "none");
}

TEST(ReplyAudit, HostileInputDoesNotBreakIt) {
  const ReplyAuditor auditor;
  std::string huge;
  for (int i = 0; i < 20'000; ++i)
    huge += "😀 Hotline ";
  const auto findings = auditor.check(huge, "");
  for (const auto& f : findings)
    EXPECT_LE(f.begin, f.end);
  EXPECT_LE(auditor.check("\xff\xfe wenden Sie sich an \xc3", "de").size(), 1u);  // Invalid UTF-8.
  EXPECT_TRUE(auditor.check("", "de").empty());
}

}  // namespace
}  // namespace rauch::care
