// `rauchmelder incidents` as a user runs it, on a database with incidents in it.

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "app/process.h"
#include "store/sqlite/sqlite_store.h"
#include "support/temp_dir.h"

namespace rauch::testing {
namespace {

class IncidentsCliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto store = store::sqlite::SqliteStore::open(db());
    ASSERT_TRUE(store) << store.error().message();
    store::IncidentRecord r;
    r.key = "hijack:velora_hilfe";
    r.kind = "hijack";
    r.severity = store::Severity::kCritical;
    r.title = "@velora_hilfe posts links to ve1ora-login.de";
    r.explanation = "12 replies with a lookalike login link since 17:04";
    r.started_at = r.updated_at = Timestamp{1'760'000'000'000};
    id_ = (*store)->record_incident(r)->id;
  }
  std::string db() const { return dir_.file("i.db"); }
  TempDir dir_;
  std::int64_t id_ = 0;
};

TEST_F(IncidentsCliTest, ListsAcknowledgesAndResolves) {
  auto listed = run_rauchmelder({"incidents", "--db", db(), "--json"});
  ASSERT_EQ(listed.exit_code, 0) << listed.err;
  auto list = nlohmann::json::parse(listed.out);
  ASSERT_EQ(list.size(), 1u);
  EXPECT_EQ(list[0]["severity"], "critical");
  EXPECT_EQ(list[0]["status"], "open");
  EXPECT_EQ(list[0]["started_at"], "2025-10-09T08:53:20Z");
  EXPECT_EQ(list[0]["acknowledged_at"], nullptr);

  const std::string id = std::to_string(id_);
  auto acked = run_rauchmelder({"incidents", "ack", id, "--by", "anna", "--db", db()});
  ASSERT_EQ(acked.exit_code, 0) << acked.err;
  EXPECT_NE(acked.out.find("acknowledged by anna"), std::string::npos) << acked.out;
  auto twice = run_rauchmelder({"incidents", "ack", id, "--by", "ben", "--db", db()});
  EXPECT_EQ(twice.exit_code, 1);
  EXPECT_NE(twice.err.find("already acknowledged by anna"), std::string::npos) << twice.err;

  auto resolved = run_rauchmelder({"incidents", "resolve", id, "--by", "ben", "--db", db(), "--json"});
  ASSERT_EQ(resolved.exit_code, 0) << resolved.err;
  EXPECT_EQ(nlohmann::json::parse(resolved.out)["status"], "resolved");

  EXPECT_EQ(run_rauchmelder({"incidents", "--db", db()}).out, "no incidents\n");
  auto all = run_rauchmelder({"incidents", "--db", db(), "--status", "all", "--json"});
  EXPECT_EQ(nlohmann::json::parse(all.out)[0]["resolved_by"], "ben");
}

TEST_F(IncidentsCliTest, UnknownIdIsAClearError) {
  auto run = run_rauchmelder({"incidents", "resolve", "999", "--db", db()});
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_NE(run.err.find("no incident with id 999"), std::string::npos) << run.err;
}

}  // namespace
}  // namespace rauch::testing
