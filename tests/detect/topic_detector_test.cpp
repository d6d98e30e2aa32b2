#include "detect/topic/topic_detector.h"

#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "text/tokens.h"

namespace rauch::detect {
namespace {

Timestamp minute(std::int64_t m) { return Timestamp{m * kMillisPerMinute}; }

NewTopicDetector make(TopicOptions options = {}) {
  auto d = NewTopicDetector::create(options);
  EXPECT_TRUE(d.has_value());
  return std::move(*d);
}

// A brand query's everyday posts: "Velora" and six words of a 400-word vocabulary, by one
// of 2,000 authors. Seeded, so every run sees the same stream.
class Stream {
 public:
  explicit Stream(std::uint32_t seed) : rng_(seed) {
    const char* syllables[] = {"ka", "lo", "mi", "ner", "tu", "bar", "sel", "dor",
                               "fin", "gra", "hu", "pek", "ros", "ti", "wen", "zu"};
    for (int a = 0; a < 16; ++a)
      for (int b = 0; b < 5; ++b)
        for (int c = 0; c < 5; ++c)
          vocabulary_.push_back(std::string(syllables[a]) + syllables[(a + b + 3) % 16] +
                                syllables[(a + 2 * c + 7) % 16]);
  }

  std::string text(std::size_t words = 6) {
    std::string s = "Velora";
    std::uniform_int_distribution<std::size_t> pick(0, vocabulary_.size() - 1);
    for (std::size_t i = 0; i < words; ++i)
      s += " " + vocabulary_[pick(rng_)];
    return s;
  }
  std::uint64_t author() { return std::uniform_int_distribution<std::uint64_t>(1, 2000)(rng_); }

 private:
  std::mt19937 rng_;
  std::vector<std::string> vocabulary_;
};

struct Outcome {
  int alerts = 0;
  std::int64_t first_alert = -1;
  TopicReading first;  // the reading of the first alert
  TopicReading last;
};

class Feed {
 public:
  explicit Feed(NewTopicDetector& d) : d_(d) {}

  void post(std::int64_t m, const std::string& title, const std::string& body,
            std::uint64_t author) {
    tokens_.clear();
    text::tokenize(title, tokens_);
    text::append_boundary(tokens_);
    text::tokenize(body, tokens_);
    key_ = "twitter:t-" + std::to_string(++posts_);
    ASSERT_TRUE(d_.add_post(minute(m), tokens_, TopicPostRef{author, 1, key_}));
  }
  void close(std::int64_t m, Outcome& out) {
    auto r = d_.close_minute(minute(m));
    ASSERT_TRUE(r);
    if (r->alert) {
      if (out.alerts++ == 0) {
        out.first_alert = m;
        out.first = *r;
      }
    }
    out.last = std::move(*r);
  }
  // Everyday posts, `per_minute` a minute, minutes [from, to).
  void everyday(Stream& s, std::int64_t from, std::int64_t to, int per_minute, Outcome& out) {
    for (std::int64_t m = from; m < to; ++m) {
      for (int i = 0; i < per_minute; ++i)
        post(m, "", s.text(), s.author());
      close(m, out);
    }
  }

 private:
  NewTopicDetector& d_;
  text::TokenizedText tokens_;
  std::string key_;
  std::int64_t posts_ = 0;
};

constexpr std::int64_t kDay = 24 * 60;

TEST(NewTopicDetector, AHashtagOfSeveralAuthorsIsANewTopicNamedFirstWithSamples) {
  NewTopicDetector d = make();
  Stream s(1);
  Feed feed(d);
  Outcome history;
  feed.everyday(s, 0, 2 * kDay, 2, history);
  EXPECT_EQ(history.alerts, 0);
  // Five authors use a new hashtag over five minutes, among the everyday posts.
  Outcome burst;
  for (std::int64_t m = 2 * kDay; m < 2 * kDay + 10; ++m) {
    for (int i = 0; i < 2; ++i)
      feed.post(m, "", s.text(), s.author());
    // The later ones also quote the video's title (new words, in fewer posts).
    if (m < 2 * kDay + 5)
      feed.post(m, m >= 2 * kDay + 2 ? "Video aus der Werkstatt" : "",
                s.text(3) + " #VeloraGate", 5000 + static_cast<std::uint64_t>(m));
    feed.close(m, burst);
  }
  ASSERT_EQ(burst.alerts, 1);
  EXPECT_LE(burst.first_alert, 2 * kDay + 4);
  ASSERT_FALSE(burst.first.terms.empty());
  const TopicTerm& top = burst.first.terms.front();
  EXPECT_EQ(top.term, "#VeloraGate");
  EXPECT_GE(top.authors, 3);
  EXPECT_EQ(top.sources, 1);
  EXPECT_GE(top.bits, 20);
  EXPECT_LT(top.expected, 0.1);
  ASSERT_FALSE(top.sample_posts.empty());
  EXPECT_LE(top.sample_posts.size(), 3u);
}

// A busy query (600 posts a minute) is read in a sample of max_posts_per_minute (120); the
// new hashtag in 5% of the posts is found about as fast as when every post is read, and
// the counts of the reading are those of all posts.
TEST(NewTopicDetector, ABusyQueryIsReadInASampleThatFindsTheTopicAndCountsAllPosts) {
  // Warm-up is counted in posts: at 600 a minute the default 500 would be one minute.
  TopicOptions options;
  options.warmup_posts = 30'000;
  TopicOptions every_post = options;
  every_post.max_posts_per_minute = 0;
  NewTopicDetector sampled = make(options), full = make(every_post);
  Feed feed_sampled(sampled), feed_full(full);
  Stream s(7);
  Outcome history_sampled, history_full, burst_sampled, burst_full;
  constexpr std::int64_t kStart = 2 * 60;
  for (std::int64_t m = 0; m < kStart + 10; ++m) {
    for (int i = 0; i < 600; ++i) {
      const bool topic = m >= kStart && i < 30;
      const std::string text = topic ? s.text(3) + " #VeloraGate" : s.text();
      const std::uint64_t author = topic ? 10'000 + static_cast<std::uint64_t>(m * 30 + i) : s.author();
      feed_sampled.post(m, "", text, author);
      feed_full.post(m, "", text, author);
    }
    feed_sampled.close(m, m < kStart ? history_sampled : burst_sampled);
    feed_full.close(m, m < kStart ? history_full : burst_full);
  }
  EXPECT_EQ(history_sampled.alerts, 0);
  EXPECT_EQ(history_full.alerts, 0);
  ASSERT_EQ(burst_full.alerts, 1);
  ASSERT_EQ(burst_sampled.alerts, 1);
  EXPECT_LE(burst_sampled.first_alert, burst_full.first_alert + 1);
  EXPECT_LE(burst_sampled.first_alert, kStart + 3);
  ASSERT_FALSE(burst_sampled.last.terms.empty());
  ASSERT_FALSE(burst_full.last.terms.empty());
  const TopicTerm& seen = burst_sampled.last.terms.front();
  const TopicTerm& all = burst_full.last.terms.front();
  EXPECT_EQ(seen.term, "#VeloraGate");
  // Scaled back to all posts: the same counts within sampling noise.
  EXPECT_NEAR(burst_sampled.last.recent_posts, burst_full.last.recent_posts,
              0.01 * burst_full.last.recent_posts);
  EXPECT_NEAR(seen.recent, all.recent, 0.35 * all.recent);
}

TEST(NewTopicDetector, TheQuerysOwnTermsAreNotNewWhenOnlyTheVolumeRises) {
  NewTopicDetector d = make();
  Stream s(2);
  Feed feed(d);
  Outcome history;
  feed.everyday(s, 0, 2 * kDay, 2, history);
  Outcome busy;
  feed.everyday(s, 2 * kDay, 2 * kDay + 180, 20, busy);  // ten times the volume, 3 hours
  EXPECT_EQ(busy.alerts, 0);
  for (const TopicTerm& t : busy.last.terms)
    EXPECT_NE(t.term, "Velora");
  EXPECT_GT(busy.last.recent_posts, 200);
}

TEST(NewTopicDetector, OneAuthorRepeatingATermIsNotATopic) {
  NewTopicDetector d = make();
  Stream s(3);
  Feed feed(d);
  Outcome history;
  feed.everyday(s, 0, 2 * kDay, 2, history);
  Outcome spam;
  for (std::int64_t m = 2 * kDay; m < 2 * kDay + 10; ++m) {
    feed.post(m, "", s.text(), s.author());
    for (int i = 0; i < 2; ++i)
      feed.post(m, "", "Kauft bei #SuperDeal jetzt", 777);
    feed.close(m, spam);
  }
  EXPECT_EQ(spam.alerts, 0);
}

TEST(NewTopicDetector, NoAlertDuringWarmUp) {
  NewTopicDetector d = make();
  Stream s(4);
  Feed feed(d);
  Outcome early;
  // 100 minutes at 2 posts a minute: 200 posts, under the 500 of warm-up.
  for (std::int64_t m = 0; m < 100; ++m) {
    feed.post(m, "", s.text(), s.author());
    feed.post(m, "", s.text(2) + " #VeloraGate", 100 + static_cast<std::uint64_t>(m));
    feed.close(m, early);
    EXPECT_TRUE(early.last.terms.empty());
  }
  EXPECT_EQ(early.alerts, 0);
}

// Six posts of five authors with the hashtag over six minutes from `from`.
void hashtag_burst(Feed& feed, Stream& s, std::int64_t from, Outcome& out) {
  for (std::int64_t m = from; m < from + 6; ++m) {
    feed.post(m, "", s.text(), s.author());
    feed.post(m, "", s.text(), s.author());
    feed.post(m, "", s.text(3) + " #VeloraGate", 9000 + static_cast<std::uint64_t>(m % 5));
    feed.close(m, out);
  }
}

TEST(NewTopicDetector, ATermIsNotAnnouncedAgainWithinTheHold) {
  NewTopicDetector d = make();
  Stream s(5);
  Feed feed(d);
  Outcome out;
  feed.everyday(s, 0, 2 * kDay, 2, out);
  ASSERT_EQ(out.alerts, 0);
  std::int64_t t = 2 * kDay;
  hashtag_burst(feed, s, t, out);
  EXPECT_EQ(out.alerts, 1);
  // Quiet for two hours, then the same hashtag again: the same episode (hold 12 h).
  feed.everyday(s, t + 6, t + 126, 2, out);
  hashtag_burst(feed, s, t + 126, out);
  EXPECT_EQ(out.alerts, 1);
  // Thirteen quiet hours later it is news again.
  feed.everyday(s, t + 132, t + 132 + 13 * 60, 2, out);
  EXPECT_EQ(out.alerts, 1);
  hashtag_burst(feed, s, t + 132 + 13 * 60, out);
  EXPECT_EQ(out.alerts, 2);
}

TEST(NewTopicDetector, ATopicThatStaysForDaysBecomesUsual) {
  NewTopicDetector d = make();
  Stream s(6);
  Feed feed(d);
  Outcome out;
  feed.everyday(s, 0, 2 * kDay, 2, out);
  // From now on a third of the posts talk about the recall, for a week.
  Outcome stay;
  std::int64_t last_day_reported = 0;
  for (std::int64_t m = 2 * kDay; m < 9 * kDay; ++m) {
    feed.post(m, "", s.text(), s.author());
    feed.post(m, "", s.text(), s.author());
    feed.post(m, "", s.text(4) + " #Rueckruf", s.author());
    feed.close(m, stay);
    for (const TopicTerm& t : stay.last.terms)
      if (t.term == "#Rueckruf")
        last_day_reported = m / kDay;
  }
  EXPECT_EQ(stay.alerts, 1);
  EXPECT_LT(last_day_reported, 7);  // usual after a few days: not new in the last two
  for (const TopicTerm& t : stay.last.terms)
    EXPECT_NE(t.term, "#Rueckruf");
}

TEST(NewTopicDetector, MemoryIsFixedWhateverTheStream) {
  NewTopicDetector d = make();
  std::mt19937_64 rng(7);
  text::TokenizedText tokens;
  std::size_t after_10k = 0;
  std::string text;
  for (std::int64_t i = 0; i < 1'000'000; ++i) {
    text.clear();
    for (int w = 0; w < 5; ++w) {  // ever-new words and hashtags
      const std::uint64_t r = rng();
      text += w == 4 ? " #t" : " w";
      for (std::uint64_t x = r; x > 0; x /= 26)
        text += static_cast<char>('a' + x % 26);
    }
    tokens.clear();
    text::tokenize(text, tokens);
    const std::string key = "k";
    ASSERT_TRUE(d.add_post(minute(i / 100), tokens, TopicPostRef{rng(), 2, key}));
    if (i % 100 == 99) {
      ASSERT_TRUE(d.close_minute(minute(i / 100)));
    }
    if (i == 9'999)
      after_10k = d.memory_bytes();
  }
  EXPECT_EQ(d.memory_bytes(), after_10k);
  EXPECT_LT(after_10k, std::size_t{256} << 10);
}

TEST(NewTopicDetector, RefusesPostsBeforeTheLastClosedMinuteAndBadOptions) {
  NewTopicDetector d = make();
  text::TokenizedText tokens;
  text::tokenize("Velora Werkstatt", tokens);
  ASSERT_TRUE(d.add_post(minute(10), tokens, TopicPostRef{1, 1, "a"}));
  ASSERT_TRUE(d.close_minute(minute(10)));
  auto late = d.add_post(minute(9), tokens, TopicPostRef{1, 1, "b"});
  ASSERT_FALSE(late);
  EXPECT_EQ(late.error().code(), ErrorCode::kInvalidArgument);
  EXPECT_TRUE(d.add_post(minute(11), tokens, TopicPostRef{1, 1, "c"}));
  EXPECT_FALSE(d.close_minute(minute(10)));  // minutes must increase
  EXPECT_FALSE(NewTopicDetector::create({.sketch_depth = 9}));
  EXPECT_FALSE(NewTopicDetector::create({.candidates = 0}));
  EXPECT_FALSE(NewTopicDetector::create({.min_lift = 0.5}));
}

}  // namespace
}  // namespace rauch::detect
