#include "server/sessions.h"

#include <gtest/gtest.h>

namespace rauch::server {
namespace {

using namespace std::chrono_literals;
using Clock = SessionTable::Clock;

TEST(SessionTable, ASessionEndsAfterItsIdleTimeOrItsLifetime) {
  SessionTable table({.idle = 60s, .lifetime = 300s, .max_sessions = 10, .secure_cookie = false});
  const Clock::time_point t0{};
  auto opened = table.open("dana", store::Role::kAgent, t0);
  ASSERT_TRUE(opened);
  EXPECT_EQ(opened->id.size(), 43u);
  EXPECT_EQ(opened->session.csrf_token.size(), 43u);
  EXPECT_NE(opened->id, opened->session.csrf_token);
  // Used every 50 s: the idle clock restarts each time, the lifetime does not.
  for (auto t = 50s; t < 300s; t += 50s)
    ASSERT_TRUE(table.find(opened->id, t0 + t)) << t.count();
  EXPECT_FALSE(table.find(opened->id, t0 + 301s));

  auto idle = table.open("dana", store::Role::kAgent, t0);
  ASSERT_TRUE(idle);
  EXPECT_FALSE(table.find(idle->id, t0 + 61s));
  EXPECT_FALSE(table.find("not-a-session", t0));
}

TEST(SessionTable, TheOldestSessionGoesWhenTheTableIsFull) {
  SessionTable table({.idle = 60s, .lifetime = 300s, .max_sessions = 2, .secure_cookie = true});
  const Clock::time_point t0{};
  auto first = table.open("a", store::Role::kViewer, t0);
  auto second = table.open("b", store::Role::kViewer, t0 + 1s);
  auto third = table.open("c", store::Role::kViewer, t0 + 2s);
  ASSERT_TRUE(first && second && third);
  EXPECT_FALSE(table.find(first->id, t0 + 3s));
  EXPECT_EQ(table.find(second->id, t0 + 3s)->user, "b");
  EXPECT_EQ(table.find(third->id, t0 + 3s)->user, "c");
  table.close(third->id);
  EXPECT_FALSE(table.find(third->id, t0 + 3s));
  EXPECT_NE(table.cookie(second->id).find("; Secure"), std::string::npos);
}

TEST(SessionCookie, IsFoundAmongOtherCookiesAndNotByAPrefix) {
  EXPECT_EQ(session_cookie("rm_session=abc"), "abc");
  EXPECT_EQ(session_cookie("theme=dark;  rm_session=abc; lang=de"), "abc");
  EXPECT_FALSE(session_cookie("rm_sessionx=abc; xrm_session=abc"));
  EXPECT_FALSE(session_cookie(""));
}

}  // namespace
}  // namespace rauch::server
