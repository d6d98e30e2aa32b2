#include "query/matcher.h"

#include <atomic>
#include <thread>

#include <gtest/gtest.h>

#include "query/matcher_slot.h"
#include "query/syntax/parser.h"
#include "support/test_posts.h"

namespace rauch::query {
namespace {

std::vector<QuerySpec> specs_of(
    std::initializer_list<std::pair<const char*, const char*>> queries) {
  std::vector<QuerySpec> specs;
  for (const auto& [id, text] : queries) {
    auto root = parse(text);
    EXPECT_TRUE(root.has_value()) << text;
    specs.push_back({id, root ? *root : Node{}});
  }
  return specs;
}

std::vector<std::string> matching_ids(const Matcher& matcher, const std::string& text) {
  Post post = testing::make_post("1", 0);
  post.text = text;
  Document document;
  document.assign(post);
  MatchScratch scratch;
  std::vector<std::uint32_t> hits;
  matcher.match(document, scratch, hits);
  std::vector<std::string> ids;
  for (std::uint32_t q : hits)
    ids.push_back(matcher.id(q));
  return ids;
}

TEST(Matcher, ReportsEveryMatchingQueryOnceInSetOrder) {
  auto matcher = Matcher::compile(specs_of({{"brand", "velora"},
                                            {"delay", "verspät* OR \"kommt nicht\""},
                                            {"both", "velora AND verspät*"},
                                            {"other", "ampera"}}));
  ASSERT_TRUE(matcher) << matcher.error().message();
  EXPECT_EQ(matching_ids(**matcher, "Velora Lieferung verspätet, velora!"),
            (std::vector<std::string>{"brand", "delay", "both"}));
  EXPECT_TRUE(matching_ids(**matcher, "nichts davon").empty());
}

TEST(Matcher, SharesOnePatternBetweenQueriesWithTheSameLiteral) {
  auto matcher = Matcher::compile(specs_of({{"a", "über"}, {"b", "ueber AND x"}, {"c", "Uber"}}));
  ASSERT_TRUE(matcher);
  EXPECT_EQ((*matcher)->stats().patterns, 2u);  // [uber] and [x]
}

TEST(Matcher, FieldOnlyQueriesAreEvaluatedForEveryPost) {
  auto matcher = Matcher::compile(specs_of({{"twitter", "source:twitter"}, {"word", "bahn"}}));
  ASSERT_TRUE(matcher);
  EXPECT_EQ((*matcher)->stats().always_evaluated, 1u);
  EXPECT_EQ(matching_ids(**matcher, "nothing"), (std::vector<std::string>{"twitter"}));
}

TEST(Matcher, NamesTheQueryThatCannotBeCompiled) {
  Node wildcard;
  wildcard.kind = NodeKind::kTerm;
  wildcard.text = "DB-Stör*";
  std::vector<QuerySpec> specs{{"ok", *parse("bahn")}, {"bad", wildcard}};
  auto matcher = Matcher::compile(specs);
  ASSERT_FALSE(matcher);
  EXPECT_NE(matcher.error().message().find("query bad: wildcard term 'DB-Stör*'"),
            std::string::npos)
      << matcher.error().message();
}

TEST(Matcher, EnforcesTheLimitOnTheNumberOfQueries) {
  CompileOptions options;
  options.limits.max_queries = 2;
  auto matcher = Matcher::compile(specs_of({{"a", "a1"}, {"b", "b1"}, {"c", "c1"}}), options);
  ASSERT_FALSE(matcher);
  EXPECT_EQ(matcher.error().message(), "too many queries: 3 (limit 2)");
}

TEST(Matcher, NearOnAHostilePostWithThousandsOfRepeatsStaysBounded) {
  auto matcher = Matcher::compile(specs_of({{"near", "bahn NEAR/2 streik"}}));
  ASSERT_TRUE(matcher);
  std::string text;
  for (int i = 0; i < 50'000; ++i)
    text += "bahn ";
  EXPECT_TRUE(matching_ids(**matcher, text).empty());
  EXPECT_EQ(matching_ids(**matcher, "streik " + text), (std::vector<std::string>{"near"}));
}

TEST(Matcher, ScratchFollowsWhicheverMatcherItIsGiven) {
  auto small = Matcher::compile(specs_of({{"a", "bahn"}}));
  auto large = Matcher::compile(specs_of({{"a", "zug"}, {"b", "bahn"}, {"c", "bahn NEAR/1 zug"}}));
  ASSERT_TRUE(small && large);
  Post post = testing::make_post("1", 0);
  post.text = "Bahn Zug";
  Document document;
  document.assign(post);
  MatchScratch scratch;
  for (int round = 0; round < 3; ++round) {
    std::vector<std::uint32_t> hits;
    (*small)->match(document, scratch, hits);
    EXPECT_EQ(hits.size(), 1u);
    hits.clear();
    (*large)->match(document, scratch, hits);
    EXPECT_EQ(hits.size(), 3u);
  }
}

// Posts keep flowing on several threads while the query set is replaced; every post is
// matched by exactly one complete set (the old or the new), never by a mixture.
TEST(MatcherSlot, SwapsTheSetAtomicallyWhileThreadsMatch) {
  auto first = Matcher::compile(specs_of({{"a", "bahn"}, {"b", "zug"}}));
  auto second = Matcher::compile(specs_of({{"c", "bahn"}, {"d", "zug"}, {"e", "bahn zug"}}));
  ASSERT_TRUE(first && second);
  MatcherSlot slot(*first);
  std::atomic<bool> stop{false};
  std::atomic<int> bad{0};
  std::atomic<long> matched{0};
  std::vector<std::thread> workers;
  for (int t = 0; t < 3; ++t) {
    workers.emplace_back([&] {
      Post post = testing::make_post("1", 0);
      post.text = "Bahn und Zug";
      Document document;
      document.assign(post);
      MatchScratch scratch;
      std::vector<std::uint32_t> hits;
      while (!stop.load()) {
        const std::shared_ptr<const Matcher> matcher = slot.current();
        hits.clear();
        matcher->match(document, scratch, hits);
        const bool complete = hits.size() == matcher->size();
        if (!complete)
          bad.fetch_add(1);
        matched.fetch_add(1);
      }
    });
  }
  for (int swap = 0; swap < 200; ++swap) {
    slot.replace(swap % 2 == 0 ? *second : *first);
    std::this_thread::yield();
  }
  while (matched.load() < 1000)
    std::this_thread::yield();
  stop.store(true);
  for (auto& worker : workers)
    worker.join();
  EXPECT_EQ(bad.load(), 0);
}

}  // namespace
}  // namespace rauch::query
