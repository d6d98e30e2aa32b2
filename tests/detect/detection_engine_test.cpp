#include "detect/engine/detection_engine.h"

#include <algorithm>
#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "text/tokens.h"

namespace rauch::detect {
namespace {

constexpr Timestamp kStart{1790553600000};  // 2026-09-28T00:00:00Z, a Monday.

Timestamp at_minute(double minutes) {
  return Timestamp{kStart.ms + static_cast<std::int64_t>(minutes * kMillisPerMinute)};
}

Post make_post(std::string id, Source source, std::string author, std::string text, Timestamp at) {
  Post p;
  p.id = std::move(id);
  p.source = source;
  p.author.id = std::move(author);
  p.text = std::move(text);
  p.created_at = at;
  return p;
}

// Feeds an engine as ingest does: the matched posts tokenized (title, boundary, text).
class Feeder {
 public:
  explicit Feeder(DetectionEngine& engine) : engine_(engine) {}

  // The alerts this post raised.
  std::vector<DetectionAlert> post(const Post& post, const std::vector<std::string>& ids,
                                   const PostAnalysis* analysis = nullptr) {
    tokens_.clear();
    if (!ids.empty()) {
      text::tokenize(post.title, tokens_);
      text::append_boundary(tokens_);
      text::tokenize(post.text, tokens_);
    }
    std::vector<DetectionAlert> out;
    auto observed = engine_.observe(post, analysis, ids, tokens_, out);
    EXPECT_TRUE(observed.has_value()) << observed.error().message();
    all_.insert(all_.end(), out.begin(), out.end());
    return out;
  }
  void flush() {
    std::vector<DetectionAlert> out;
    auto flushed = engine_.flush(out);
    EXPECT_TRUE(flushed.has_value()) << flushed.error().message();
    all_.insert(all_.end(), out.begin(), out.end());
  }
  // Ordinary traffic: `per_minute` posts a minute for minutes [from, to).
  void baseline(const std::vector<std::string>& ids, int from, int to, int per_minute) {
    for (int m = from; m < to; ++m)
      for (int k = 0; k < per_minute; ++k) {
        const std::string n = std::to_string(next_++);
        post(make_post("b" + n, Source::kTwitter, "u" + std::to_string(next_ % 500),
                       "velora bike ride today", at_minute(m + k / static_cast<double>(per_minute))),
             ids);
      }
  }
  // `count` posts inside the minute `minute`, each dated `dated`.
  void burst(const std::vector<std::string>& ids, Timestamp dated, int count) {
    for (int k = 0; k < count; ++k) {
      const std::string n = std::to_string(next_++);
      post(make_post("x" + n, Source::kTwitter, "burst" + n, "velora bike ride today", dated),
           ids);
    }
  }
  const std::vector<DetectionAlert>& alerts() const { return all_; }
  std::vector<DetectionAlert> alerts_of(std::string_view signal, std::string_view query) const {
    std::vector<DetectionAlert> found;
    for (const DetectionAlert& a : all_)
      if (a.signal == signal && a.incident.query_id == query) found.push_back(a);
    return found;
  }

 private:
  DetectionEngine& engine_;
  text::TokenizedText tokens_;
  std::vector<DetectionAlert> all_;
  int next_ = 0;
};

DetectionEngine make_engine(const DetectionOptions& options = {}) {
  auto engine = DetectionEngine::create(options);
  EXPECT_TRUE(engine.has_value());
  return std::move(*engine);
}

// A random word nobody used before: the vocabulary grows with the stream.
std::string new_word(std::mt19937_64& rng) {
  std::string w = "z";
  for (std::uint64_t v = rng(); w.size() < 10; v /= 26) w += static_cast<char>('a' + v % 26);
  return w;
}

TEST(DetectionEngine, MemoryPerQueryDoesNotGrowWithTheStream) {
  // 1,000,000 posts over about 35 days (20 a minute) for 3 queries: every author new,
  // every post with 5 never-seen words, 30% questions, 10% negative, one post in 200 an
  // own reply. After the first 200,000 posts every part has reached its bound (rise posts
  // of the last hour, max_pending questions, fixed sketches), so the rest of the stream
  // must not add more than 2% (the ids grow by a character, nothing else may).
  DetectionEngine engine = make_engine();
  const std::vector<std::string> queries = {"alpha", "beta", "gamma"};
  std::mt19937_64 rng(11);
  text::TokenizedText tokens;
  std::vector<DetectionAlert> out;
  PostAnalysis question, negative, neutral;
  question.intent = "question";
  negative.sentiment_label = "negative";
  std::vector<std::string> ids(1);
  const Source sources[] = {Source::kTwitter, Source::kFacebook, Source::kReddit, Source::kForum};
  Post post;
  std::size_t at_200k = 0;
  for (std::int64_t i = 0; i < 1'000'000; ++i) {
    const std::uint64_t r = rng();
    post.id = "p" + std::to_string(i);
    post.source = sources[i % 4];
    post.created_at = Timestamp{kStart.ms + i * 3'000};
    post.own = i % 200 == 199;
    post.in_reply_to.clear();
    const PostAnalysis* analysis = r % 10 < 3 ? &question : r % 10 == 3 ? &negative : &neutral;
    if (post.own) {
      post.author.id = "brand";
      post.in_reply_to = "p" + std::to_string(i - 1 - static_cast<std::int64_t>(r % 50));
      post.text = "Thanks, we are on it";
      ids.clear();
      analysis = &neutral;
    } else {
      post.author.id = "a" + std::to_string(i);
      post.text = "velora bike";
      for (int w = 0; w < 5; ++w) post.text += " " + new_word(rng);
      ids.assign(1, queries[static_cast<std::size_t>(i % 3)]);
      if (r % 7 == 0) ids.push_back(queries[static_cast<std::size_t>((i + 1) % 3)]);
    }
    tokens.clear();
    if (!ids.empty()) {
      text::append_boundary(tokens);
      text::tokenize(post.text, tokens);
    }
    out.clear();
    ASSERT_TRUE(engine.observe(post, analysis, ids, tokens, out).has_value());
    if (i + 1 == 200'000) at_200k = engine.memory_bytes();
  }
  const std::size_t at_1m = engine.memory_bytes();
  EXPECT_EQ(engine.query_count(), 3u);
  const double growth = static_cast<double>(at_1m) / static_cast<double>(at_200k) - 1;
  EXPECT_LT(std::abs(growth), 0.02) << at_200k << " bytes after 200,000 posts, " << at_1m
                                    << " after 1,000,000";
}

TEST(DetectionEngine, PostFromTheFarFutureDoesNotCloseOpenMinutes) {
  DetectionEngine engine = make_engine();
  const int burst_minute = 2 * 24 * 60;
  engine.set_horizon(at_minute(burst_minute));
  Feeder feed(engine);
  feed.baseline({"q"}, 0, burst_minute, 3);
  const auto clock = engine.clock();
  // Dated three years after the horizon (a broken client clock).
  const auto raised = feed.post(
      make_post("future", Source::kTwitter, "skewed", "velora bike ride today",
                Timestamp{at_minute(burst_minute).ms + 3 * 365 * kMillisPerDay}),
      {"q"});
  EXPECT_TRUE(raised.empty());
  EXPECT_EQ(engine.clock(), clock);
  // The burst right after is found in its own minute, not in 2029.
  feed.burst({"q"}, at_minute(burst_minute), 100);
  feed.baseline({"q"}, burst_minute + 1, burst_minute + 3, 3);
  const auto volume = feed.alerts_of("volume", "q");
  ASSERT_EQ(volume.size(), 1u);
  EXPECT_EQ(volume.front().at, at_minute(burst_minute));
  for (const DetectionAlert& a : feed.alerts()) EXPECT_LE(a.at, at_minute(burst_minute + 3));
  EXPECT_EQ(engine.clock(), at_minute(burst_minute + 2));
}

TEST(DetectionEngine, LatePostsAreCountedInTheCurrentMinute) {
  DetectionEngine engine = make_engine();
  Feeder feed(engine);
  const int now = 2 * 24 * 60;
  feed.baseline({"q"}, 0, now + 1, 3);
  ASSERT_EQ(engine.clock(), at_minute(now));
  // 100 posts dated half an hour back arrive now: not an error, not lost.
  feed.burst({"q"}, at_minute(now - 30), 100);
  EXPECT_EQ(engine.clock(), at_minute(now));
  feed.flush();
  const auto volume = feed.alerts_of("volume", "q");
  ASSERT_EQ(volume.size(), 1u);
  EXPECT_EQ(volume.front().at, at_minute(now));
}

TEST(DetectionEngine, RefusesInvalidQueryOptionsNamingTheQuery) {
  DetectionEngine engine = make_engine();
  DetectionOptions bad;
  bad.unanswered.max_pending = 0;
  auto set = engine.set_query_options("velora-hotline", bad);
  ASSERT_FALSE(set.has_value());
  EXPECT_EQ(set.error().code(), ErrorCode::kInvalidArgument);
  EXPECT_NE(set.error().message().find("velora-hotline"), std::string::npos)
      << set.error().message();
  bad = {};
  bad.volume.alert_z = -1;
  set = engine.set_query_options("velora", bad);
  ASSERT_FALSE(set.has_value());
  EXPECT_NE(set.error().message().find("velora"), std::string::npos);
}

TEST(DetectionEngine, QueryOptionsApplyToThatQueryOnly) {
  DetectionEngine engine = make_engine();
  DetectionOptions quiet;
  quiet.volume.alert_z = 1e6;
  ASSERT_TRUE(engine.set_query_options("quiet", quiet).has_value());
  Feeder feed(engine);
  const int burst_minute = 2 * 24 * 60;
  feed.baseline({"loud", "quiet"}, 0, burst_minute, 3);
  feed.burst({"loud", "quiet"}, at_minute(burst_minute), 100);
  feed.flush();
  EXPECT_EQ(feed.alerts_of("volume", "loud").size(), 1u);
  EXPECT_TRUE(feed.alerts_of("volume", "quiet").empty());
}

// Three days of ordinary posts (one every 5 minutes, generic words, 40 authors on two
// networks), then a new hashtag from 6 distinct authors on 2 networks, one every 2
// minutes from minute `rise`; when `reply_minute` >= 0, an own account replies to the
// first post of the rise then.
struct RiseRun {
  std::vector<DetectionAlert> alerts;
};

constexpr int kRise = 3 * 24 * 60;

RiseRun run_rise(int reply_minute) {
  DetectionEngine engine = make_engine();
  Feeder feed(engine);
  const char* words[] = {"bike", "ride", "today", "weather", "route", "tour", "coffee", "park"};
  std::mt19937 rng(5);
  for (int i = 0; i < kRise / 5; ++i) {
    std::string text = "velora";
    for (int w = 0; w < 4; ++w) text += std::string(" ") + words[rng() % 8];
    feed.post(make_post("w" + std::to_string(i), i % 2 ? Source::kFacebook : Source::kTwitter,
                        "regular" + std::to_string(i % 40), text, at_minute(i * 5)),
              {"velora"});
  }
  bool replied = false;
  for (int k = 0; k < 6; ++k) {
    const int m = kRise + 2 * k;
    if (reply_minute >= 0 && !replied && reply_minute <= m) {
      Post reply = make_post("own-1", Source::kTwitter, "velora_hilfe",
                             "We are sorry, please DM us", at_minute(reply_minute));
      reply.own = true;
      reply.in_reply_to = "rise-0";
      feed.post(reply, {});
      replied = true;
    }
    feed.post(make_post("rise-" + std::to_string(k), k % 2 ? Source::kFacebook : Source::kTwitter,
                        "angry" + std::to_string(k), "velora #veloragate the brakes failed",
                        at_minute(m)),
              {"velora"});
  }
  feed.flush();
  return {feed.alerts()};
}

const DetectionAlert* find_signal(const RiseRun& run, std::string_view signal) {
  for (const DetectionAlert& a : run.alerts)
    if (a.signal == signal) return &a;
  return nullptr;
}

TEST(DetectionEngine, UnansweredRiseOfANewHashtagBecomesCritical) {
  const RiseRun run = run_rise(-1);
  const DetectionAlert* topic = find_signal(run, "new_topic");
  ASSERT_NE(topic, nullptr);
  EXPECT_NE(topic->title.find("veloragate"), std::string::npos) << topic->title;
  const DetectionAlert* crisis = find_signal(run, "crisis");
  ASSERT_NE(crisis, nullptr);
  EXPECT_EQ(crisis->incident.severity, store::Severity::kCritical);
  EXPECT_EQ(crisis->incident.key, "crisis:velora");
  // The rise was seen before it was broad: there was time to answer.
  EXPECT_LT(topic->at, crisis->at);
}

TEST(DetectionEngine, OwnReplyToAPostOfTheRisePreventsTheCriticalCrisis) {
  const RiseRun unanswered = run_rise(-1);
  const DetectionAlert* topic = find_signal(unanswered, "new_topic");
  ASSERT_NE(topic, nullptr);
  // The brand replies in the minute after the rise was first reported.
  const int reply_minute = static_cast<int>((topic->at.ms - kStart.ms) / kMillisPerMinute) + 1;
  const RiseRun answered = run_rise(reply_minute);
  ASSERT_NE(find_signal(answered, "new_topic"), nullptr);
  EXPECT_EQ(find_signal(answered, "crisis"), nullptr);
  for (const DetectionAlert& a : answered.alerts)
    EXPECT_NE(a.incident.severity, store::Severity::kCritical) << a.title;
}

}  // namespace
}  // namespace rauch::detect
