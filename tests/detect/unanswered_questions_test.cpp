#include "detect/engine/unanswered_questions.h"

#include <cstdint>
#include <string>

#include <gtest/gtest.h>

namespace rauch::detect {
namespace {

Timestamp minute(std::int64_t m) { return Timestamp{m * kMillisPerMinute}; }

Post question(std::int64_t m, const std::string& id) {
  Post p;
  p.source = Source::kTwitter;
  p.id = id;
  p.created_at = minute(m);
  p.author.id = "a-" + id;
  p.text = "Wann kommt das Nova endlich?";
  return p;
}

Post reply(std::int64_t m, const std::string& to) {
  Post p;
  p.source = Source::kTwitter;
  p.id = "r-" + to;
  p.created_at = minute(m);
  p.own = true;
  p.in_reply_to = to;
  return p;
}

UnansweredQuestions make() {
  UnansweredOptions options;
  options.grace_minutes = 60;
  auto u = UnansweredQuestions::create(options);
  EXPECT_TRUE(u.has_value());
  return std::move(*u);
}

TEST(UnansweredQuestions, AReplyWithinGraceKeepsAQuestionFromCounting) {
  UnansweredQuestions u = make();
  u.add_question(question(0, "q1"));
  u.add_question(question(1, "q2"));
  u.own_post(ReplyTarget::of(reply(30, "q1")));
  auto reading = u.advance(minute(70));
  ASSERT_TRUE(reading);
  ASSERT_TRUE(reading->has_value());
  EXPECT_EQ((*reading)->open, 1);  // q2 only
  EXPECT_NEAR((*reading)->oldest_minutes, 69, 1e-9);
}

TEST(UnansweredQuestions, ALateReplyTakesAQuestionOutOfTheOpenCountAndTheOldestAge) {
  UnansweredQuestions u = make();
  u.add_question(question(0, "q1"));
  u.add_question(question(5, "q2"));
  auto first = u.advance(minute(70));
  ASSERT_TRUE(first && first->has_value());
  EXPECT_EQ((*first)->open, 2);
  // Answered two hours late: no longer open, and the oldest open one is now q2.
  u.own_post(ReplyTarget::of(reply(120, "q1")));
  u.add_question(question(121, "q3"));
  auto second = u.advance(minute(181));
  ASSERT_TRUE(second && second->has_value());
  EXPECT_EQ((*second)->open, 2);  // q2 and q3
  EXPECT_NEAR((*second)->oldest_minutes, 176, 1e-9);
}

TEST(UnansweredQuestions, RepliesToOtherPostsOrNetworksAnswerNothing) {
  UnansweredQuestions u = make();
  u.add_question(question(0, "q1"));
  u.own_post(ReplyTarget::of(reply(10, "q9")));
  Post elsewhere = reply(11, "q1");
  elsewhere.source = Source::kInstagram;  // Same id on another network: another post.
  u.own_post(ReplyTarget::of(elsewhere));
  auto reading = u.advance(minute(61));
  ASSERT_TRUE(reading && reading->has_value());
  EXPECT_EQ((*reading)->open, 1);
}

TEST(UnansweredQuestions, ContinuingTheConversationAnswersItsFirstQuestion) {
  UnansweredQuestions u = make();
  u.add_question(question(0, "q1"));
  Post follow_up = reply(20, "someone-else");
  follow_up.conversation_id = "q1";
  u.own_post(ReplyTarget::of(follow_up));
  auto reading = u.advance(minute(61));
  ASSERT_TRUE(reading);
  // Nothing matured unanswered: no reading.
  EXPECT_FALSE(reading->has_value());
}

}  // namespace
}  // namespace rauch::detect
