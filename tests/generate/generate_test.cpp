#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "core/post_json.h"
#include "generate/generator.h"

namespace rauch::generate {
namespace {

struct Stream {
  std::vector<Post> posts;
  GenerateSummary summary;
};

Stream run(const GenerateOptions& options) {
  Stream stream;
  auto result = generate(options, [&](const Post& post) { stream.posts.push_back(post); });
  EXPECT_TRUE(result.has_value()) << (result ? "" : result.error().message());
  if (result) {
    stream.summary = std::move(*result);
  }
  return stream;
}

std::string serialize(const GenerateOptions& options) {
  std::string out;
  auto result = generate(options, [&](const Post& post) {
    append_post_json(post, out);
    out += '\n';
  });
  EXPECT_TRUE(result.has_value());
  return out;
}

// The default demo: 28 days from 2026-09-28 with every scenario, generated once.
const Stream& demo() {
  static const Stream stream = [] {
    GenerateOptions options;
    options.scenarios = {"all"};
    return run(options);
  }();
  return stream;
}

std::string key_of(const Post& post) {
  return std::string(source_name(post.source)) + ":" + post.id;
}

const GroundTruthEvent& event(const Stream& stream, std::string_view name) {
  for (const auto& e : stream.summary.events) {
    if (e.scenario == name) {
      return e;
    }
  }
  ADD_FAILURE() << "no event " << name;
  static const GroundTruthEvent kNone;
  return kNone;
}

std::vector<const Post*> posts_of(const Stream& stream, const GroundTruthEvent& e) {
  const std::set<std::string> keys(e.post_keys.begin(), e.post_keys.end());
  std::vector<const Post*> out;
  for (const Post& post : stream.posts) {
    if (keys.count(key_of(post)) > 0) {
      out.push_back(&post);
    }
  }
  return out;
}

std::string lower(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; });
  return out;
}

std::set<std::string> hashtags(const Post& post) {
  std::set<std::string> tags;
  const std::string text = lower(post.text);
  for (std::size_t i = text.find('#'); i != std::string::npos; i = text.find('#', i + 1)) {
    std::size_t end = i + 1;
    while (end < text.size() && (std::isalnum(static_cast<unsigned char>(text[end])) != 0)) {
      ++end;
    }
    if (end > i + 1) {
      tags.insert(text.substr(i, end - i));
    }
  }
  return tags;
}

// Local Berlin clock for October 2026 (summer time until the 25th, 01:00 UTC).
CivilTime berlin(Timestamp t) {
  const std::int64_t switch_ms = 1792890000000;  // 2026-10-25T01:00:00Z
  return to_civil(Timestamp{t.ms + (t.ms < switch_ms ? 2 : 1) * kMillisPerHour});
}

TEST(Generate, SameSeedGivesIdenticalOutput) {
  GenerateOptions options;
  options.scenarios = {"all"};
  options.days = 7;
  options.seed = 42;
  const std::string first = serialize(options);
  EXPECT_FALSE(first.empty());
  EXPECT_EQ(first, serialize(options));
}

TEST(Generate, DifferentSeedGivesDifferentOutput) {
  GenerateOptions options;
  options.days = 2;
  const std::string first = serialize(options);
  options.seed = 2;
  EXPECT_NE(first, serialize(options));
}

TEST(Generate, PostsComeInCreatedAtThenIdOrder) {
  const auto& posts = demo().posts;
  for (std::size_t i = 1; i < posts.size(); ++i) {
    const Post& a = posts[i - 1];
    const Post& b = posts[i];
    ASSERT_TRUE(a.created_at < b.created_at || (a.created_at == b.created_at && a.id < b.id))
        << "post " << i << ": " << a.id << " then " << b.id;
  }
}

TEST(Generate, IdsAreUniqueWithinSource) {
  std::set<std::string> keys;
  for (const Post& post : demo().posts) {
    EXPECT_TRUE(keys.insert(key_of(post)).second) << key_of(post);
  }
}

TEST(Generate, EveryPostMeetsTheInputContract) {
  const GenerateOptions defaults;
  const Timestamp end{defaults.start.ms + defaults.days * kMillisPerDay};
  for (const Post& post : demo().posts) {
    SCOPED_TRACE(key_of(post));
    ASSERT_FALSE(post.id.empty());
    ASSERT_LE(post.id.size(), kMaxIdBytes);
    ASSERT_FALSE(post.text.empty());
    ASSERT_TRUE(post.lang.empty() || (post.lang.size() == 2 && std::islower(post.lang[0]) &&
                                      std::islower(post.lang[1])));
    ASSERT_FALSE(post.author.id.empty());
    ASSERT_GE(post.author.followers.value_or(0), 0);
    ASSERT_TRUE(post.kind.has_value());
    ASSERT_TRUE(post.created_at >= defaults.start && post.created_at < end);
    if (post.source == Source::kReview) {
      ASSERT_EQ(post.kind, PostKind::kReview);
      ASSERT_TRUE(post.rating && *post.rating >= 1 && *post.rating <= 5);
    }
    if (post.source == Source::kNews || post.source == Source::kBlog) {
      ASSERT_FALSE(post.title.empty());
      ASSERT_EQ(post.url.rfind("https://", 0), 0U);
    }
    if (post.kind != PostKind::kDm) {
      ASSERT_FALSE(post.url.empty());
    }
    if (!post.in_reply_to.empty()) {
      ASSERT_FALSE(post.conversation_id.empty());
    }
    if (post.own) {
      ASSERT_TRUE(post.author.id == "velora" || post.author.id == "velora_hilfe" ||
                  post.author.id == "velora_news");
    }
  }
}

TEST(Generate, WritesAboutSixtyPercentGermanAndFortyPercentEnglish) {
  std::map<std::string, int> langs;
  for (const Post& post : demo().posts) {
    ++langs[post.lang];
  }
  const double labelled = langs["de"] + langs["en"];
  EXPECT_GT(langs["de"] / labelled, 0.5);
  EXPECT_LT(langs["de"] / labelled, 0.72);
  EXPECT_GT(langs[""], 0);  // Platforms do not always say.
}

TEST(Generate, BaselineFollowsTheDailyRhythmAndVolume) {
  GenerateOptions options;
  options.days = 7;
  const Stream stream = run(options);
  EXPECT_NEAR(static_cast<double>(stream.posts.size()) / 7.0, 1500.0, 200.0);
  int night = 0;
  int evening = 0;
  for (const Post& post : stream.posts) {
    const unsigned hour = berlin(post.created_at).hour;
    night += hour >= 2 && hour < 5 ? 1 : 0;
    evening += hour >= 18 && hour < 21 ? 1 : 0;
  }
  EXPECT_GT(evening, 5 * night);
  EXPECT_TRUE(stream.summary.events.empty());
}

TEST(Generate, VolumeScalesTheBaseline) {
  GenerateOptions options;
  options.days = 2;
  const auto one = run(options).posts.size();
  options.volume = 3.0;
  const auto three = run(options).posts.size();
  EXPECT_NEAR(static_cast<double>(three) / static_cast<double>(one), 3.0, 0.3);
}

TEST(GenerateScenarios, GroundTruthPostsExistAndLieInTheirWindow) {
  const Stream& stream = demo();
  ASSERT_EQ(stream.summary.events.size(), 5U);
  for (const auto& e : stream.summary.events) {
    SCOPED_TRACE(e.scenario);
    EXPECT_FALSE(e.description.empty());
    EXPECT_LT(e.start, e.end);
    const auto posts = posts_of(stream, e);
    EXPECT_EQ(posts.size(), e.post_keys.size());
    for (const Post* post : posts) {
      EXPECT_TRUE(post->created_at >= e.start && post->created_at < e.end) << post->id;
    }
  }
}

TEST(GenerateScenarios, DefaultWindowsDoNotOverlap) {
  auto events = demo().summary.events;
  std::sort(events.begin(), events.end(),
            [](const auto& a, const auto& b) { return a.start < b.start; });
  for (std::size_t i = 1; i < events.size(); ++i) {
    EXPECT_LE(events[i - 1].end, events[i].start) << events[i].scenario;
  }
}

TEST(GenerateScenarios, ScandalSurgesWithNewHashtags) {
  const Stream& stream = demo();
  const auto& scandal = event(stream, "scandal");
  const CivilTime local = berlin(scandal.start);
  EXPECT_EQ(local.day, 13U);  // Day 15 of the default stream, 17:40 local.
  EXPECT_EQ(local.hour, 17U);
  EXPECT_EQ(local.minute, 40U);
  const std::int64_t six_hours = 6 * kMillisPerHour;
  const std::int64_t week = 7 * kMillisPerDay;
  int now = 0;
  int week_before = 0;
  std::set<std::string> tags_before;
  for (const Post& post : stream.posts) {
    const std::int64_t t = post.created_at.ms;
    now += t >= scandal.start.ms && t < scandal.start.ms + six_hours ? 1 : 0;
    week_before += t >= scandal.start.ms - week && t < scandal.start.ms - week + six_hours ? 1 : 0;
    if (post.created_at < scandal.start) {
      EXPECT_EQ(lower(post.text).find("werkstatt-video"), std::string::npos);
      EXPECT_EQ(lower(post.text).find("respektlos"), std::string::npos);
      const auto tags = hashtags(post);
      tags_before.insert(tags.begin(), tags.end());
    }
  }
  EXPECT_GT(now, 3 * week_before) << now << " vs " << week_before;
  std::set<std::string> new_tags;
  for (const Post* post : posts_of(stream, scandal)) {
    for (const auto& tag : hashtags(*post)) {
      if (tags_before.count(tag) == 0) {
        new_tags.insert(tag);
      }
    }
  }
  EXPECT_EQ(new_tags.count("#veloragate"), 1U);
  EXPECT_EQ(new_tags.count("#boycottvelora"), 1U);
}

TEST(GenerateScenarios, ScandalBrandAnswersOnlyAfterHours) {
  const Stream& stream = demo();
  const auto& scandal = event(stream, "scandal");
  const auto posts = posts_of(stream, scandal);
  const auto first_own =
      std::find_if(posts.begin(), posts.end(), [](const Post* p) { return p->own; });
  ASSERT_NE(first_own, posts.end());
  EXPECT_GE((*first_own)->created_at.ms - scandal.start.ms, 4 * kMillisPerHour);
  EXPECT_TRUE(std::any_of(posts.begin(), posts.end(),
                          [](const Post* p) { return p->source == Source::kNews; }));
}

TEST(GenerateScenarios, HijackSendsPhishingDmsFromFridayToMonday) {
  const Stream& stream = demo();
  const auto& hijack = event(stream, "hijack");
  const CivilTime start = berlin(hijack.start);
  const CivilTime end = berlin(hijack.end);
  EXPECT_EQ(start.weekday, 5U);
  EXPECT_EQ(start.hour, 16U);
  EXPECT_EQ(end.weekday, 1U);
  EXPECT_EQ(end.hour, 8U);
  int dms = 0;
  int night = 0;
  for (const Post* post : posts_of(stream, hijack)) {
    if (post->kind != PostKind::kDm) {
      continue;
    }
    ++dms;
    EXPECT_TRUE(post->own);
    EXPECT_EQ(post->author.id, "velora");
    EXPECT_TRUE(post->source == Source::kTwitter || post->source == Source::kX);
    const bool lookalike = post->text.find("ve1ora-login.de") != std::string::npos ||
                           post->text.find("velora-support.com") != std::string::npos ||
                           post->text.find("vel0ra.de") != std::string::npos;
    EXPECT_TRUE(lookalike) << post->text;
    night += berlin(post->created_at).hour < 6 ? 1 : 0;
  }
  EXPECT_GT(dms, 50);
  EXPECT_GT(night, dms / 5);
  // Nobody links the lookalike domains outside the takeover.
  for (const Post& post : stream.posts) {
    if (post.created_at < hijack.start) {
      EXPECT_EQ(post.text.find("ve1ora"), std::string::npos);
    }
  }
}

TEST(GenerateScenarios, LaunchDelayQuestionsGetNoOwnReply) {
  const Stream& stream = demo();
  std::set<std::string> ids;
  for (const Post* post : posts_of(stream, event(stream, "launch-delay"))) {
    EXPECT_FALSE(post->own);
    ids.insert(post->id);
  }
  EXPECT_GT(ids.size(), 150U);
  for (const Post& post : stream.posts) {
    if (post.own) {
      EXPECT_EQ(ids.count(post.in_reply_to), 0U) << post.id;
    }
  }
}

TEST(GenerateScenarios, HotlineThreadDeflectsToOtherDepartments) {
  const Stream& stream = demo();
  const auto posts = posts_of(stream, event(stream, "hotline"));
  ASSERT_GT(posts.size(), 10U);
  const std::string root = posts.front()->id;
  std::set<std::string> thread_ids{root};
  int own_replies = 0;
  for (std::size_t i = 1; i < posts.size(); ++i) {
    const Post& post = *posts[i];
    EXPECT_EQ(post.conversation_id, root);
    EXPECT_EQ(thread_ids.count(post.in_reply_to), 1U) << post.id;
    thread_ids.insert(post.id);
    if (post.own) {
      ++own_replies;
      const bool deflects = post.text.find("Hotline") != std::string::npos ||
                            post.text.find("zuständig") != std::string::npos ||
                            post.text.find("support@velora.de") != std::string::npos;
      EXPECT_TRUE(deflects) << post.text;
    }
  }
  EXPECT_GE(own_replies, 4);
}

TEST(GenerateScenarios, ClimateNewsIsPositiveWhileSocialMediaDoubts) {
  const Stream& stream = demo();
  int news = 0;
  int social = 0;
  int greenwashing = 0;
  for (const Post* post : posts_of(stream, event(stream, "climate"))) {
    const bool tagged = lower(post->text).find("#greenwashing") != std::string::npos;
    if (post->source == Source::kNews) {
      ++news;
      EXPECT_FALSE(tagged);
      EXPECT_FALSE(post->title.empty());
    } else if (!post->own) {
      ++social;
      greenwashing += tagged ? 1 : 0;
    }
  }
  EXPECT_GE(news, 5);
  EXPECT_GT(greenwashing, social / 3);
}

TEST(GenerateScenarios, ShortStreamsKeepEveryScenarioInside) {
  GenerateOptions options;
  options.scenarios = {"all"};
  options.days = 7;
  const Stream stream = run(options);
  const Timestamp end{options.start.ms + 7 * kMillisPerDay};
  ASSERT_EQ(stream.summary.events.size(), 5U);
  for (const auto& e : stream.summary.events) {
    EXPECT_TRUE(e.start >= options.start && e.end <= end) << e.scenario;
    EXPECT_FALSE(e.post_keys.empty()) << e.scenario;
    EXPECT_EQ(posts_of(stream, e).size(), e.post_keys.size()) << e.scenario;
  }
}

TEST(GenerateOptionsCheck, UnknownScenarioIsAnErrorNamingIt) {
  GenerateOptions options;
  options.scenarios = {"scandal", "meteor"};
  const auto result = generate(options, [](const Post&) {});
  ASSERT_FALSE(result.has_value());
  EXPECT_EQ(result.error().code(), ErrorCode::kInvalidArgument);
  EXPECT_NE(result.error().message().find("meteor"), std::string::npos);
  EXPECT_NE(result.error().message().find("launch-delay"), std::string::npos);
}

TEST(GenerateOptionsCheck, RejectsDaysAndVolumeOutOfRange) {
  GenerateOptions options;
  options.days = 0;
  EXPECT_FALSE(generate(options, [](const Post&) {}).has_value());
  options.days = 3;
  options.scenarios = {"scandal"};
  EXPECT_FALSE(generate(options, [](const Post&) {}).has_value());
  options.scenarios = {"baseline"};
  EXPECT_TRUE(generate(options, [](const Post&) {}).has_value());
  options.volume = -1.0;
  EXPECT_FALSE(generate(options, [](const Post&) {}).has_value());
}

TEST(GenerateOptionsCheck, ScenarioNamesAreDocumentedInOrder) {
  const auto names = all_scenario_names();
  ASSERT_EQ(names.size(), 6U);
  EXPECT_EQ(names[0], "baseline");
  EXPECT_EQ(names[2], "scandal");
}

TEST(GroundTruth, JsonListsEveryEventWithItsKeys) {
  GenerateOptions options;
  options.scenarios = {"all"};
  const auto doc = nlohmann::json::parse(ground_truth_json(options, demo().summary));
  EXPECT_EQ(doc["seed"], 1);
  EXPECT_EQ(doc["days"], 28);
  EXPECT_EQ(doc["start"], "2026-09-28T00:00:00Z");
  ASSERT_EQ(doc["events"].size(), 5U);
  for (const auto& e : doc["events"]) {
    EXPECT_EQ(e["posts"], e["post_keys"].size());
    EXPECT_TRUE(e.contains("start") && e.contains("end") && e.contains("description"));
  }
  EXPECT_EQ(doc["events"][0]["scenario"], "launch-delay");
}

}  // namespace
}  // namespace rauch::generate
