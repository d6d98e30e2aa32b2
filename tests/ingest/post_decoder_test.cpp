#include "ingest/post_decoder.h"

#include <gtest/gtest.h>

namespace rauch::ingest {
namespace {

// Decodes `line` from a buffer with the padding the decoder needs.
Result<Post> decode(std::string_view line, DecodeOptions options = {}) {
  std::string buffer(line);
  buffer.append(kDecodePadding, '\0');
  PostDecoder decoder(options);
  Post post;
  auto ok = decoder.decode(std::string_view(buffer.data(), line.size()), post);
  if (!ok) {
    return tl::unexpected(ok.error());
  }
  return post;
}

std::string reason(std::string_view line, DecodeOptions options = {}) {
  auto post = decode(line, options);
  return post ? "accepted" : post.error().message();
}

constexpr std::string_view kMinimal =
    R"({"id":"1","source":"twitter","text":"hallo","created_at":"2026-10-01T12:00:00Z"})";

TEST(PostDecoder, DecodesTheRequiredFields) {
  auto post = decode(kMinimal);
  ASSERT_TRUE(post) << post.error().message();
  EXPECT_EQ(post->id, "1");
  EXPECT_EQ(post->source, Source::kTwitter);
  EXPECT_EQ(post->text, "hallo");
  EXPECT_EQ(post->created_at, *parse_rfc3339("2026-10-01T12:00:00Z"));
  EXPECT_TRUE(post->extra_json.empty());
}

TEST(PostDecoder, DecodesEveryOptionalField) {
  auto post = decode(
      R"({"id":"r1","source":"review","text":"Na ja","created_at":"2026-10-01T12:00:00+02:00",)"
      R"("url":"https://x.de/r1","lang":"de","author":{"id":"u1","handle":"@anna","name":"Anna",)"
      R"("followers":12,"verified":true},"in_reply_to":"r0","conversation_id":"c1",)"
      R"("kind":"review","rating":3,"metrics":{"likes":1,"shares":2,"replies":3,"views":4},)"
      R"("own":false,"title":"Titel"})");
  ASSERT_TRUE(post) << post.error().message();
  EXPECT_EQ(post->url, "https://x.de/r1");
  EXPECT_EQ(post->author, (Author{"u1", "@anna", "Anna", 12, true}));
  EXPECT_EQ(post->in_reply_to, "r0");
  EXPECT_EQ(post->conversation_id, "c1");
  EXPECT_EQ(post->kind, PostKind::kReview);
  EXPECT_EQ(post->rating, 3.0);
  EXPECT_EQ(post->metrics, (Metrics{1, 2, 3, 4}));
  EXPECT_EQ(post->title, "Titel");
  EXPECT_EQ(post->created_at, *parse_rfc3339("2026-10-01T10:00:00Z"));
}

TEST(PostDecoder, KeepsUnknownFieldsVerbatimIncludingNestedOnes) {
  auto post = decode(R"({"id":"1","source":"x","text":"t","created_at":"2026-10-01T12:00:00Z",)"
                     R"("geo": {"lat": 52.5, "lon": 13.4}, "tags":["a","b"],"score":null,)"
                     R"("author":{"id":"u","location":"Köln"},"metrics":{"quotes":7}})");
  ASSERT_TRUE(post) << post.error().message();
  EXPECT_EQ(post->extra_json, R"({"geo":{"lat":52.5,"lon":13.4},"tags":["a","b"],"score":null,)"
                              R"("author.location":"Köln","metrics.quotes":7})");
}

TEST(PostDecoder, AcceptsNumericIdsAsTheirDecimalText) {
  auto post = decode(
      R"({"id":1839274650123456789,"source":"twitter","text":"t","created_at":"2026-10-01T12:00:00Z","author":{"id":42}})");
  ASSERT_TRUE(post) << post.error().message();
  EXPECT_EQ(post->id, "1839274650123456789");
  EXPECT_EQ(post->author.id, "42");
}

TEST(PostDecoder, TreatsNullOptionalFieldsAsAbsent) {
  auto post =
      decode(R"({"id":"1","source":"x","text":"t","created_at":"2026-10-01T12:00:00Z","url":null,)"
             R"("author":null,"kind":null,"rating":null,"metrics":null,"own":null,"lang":null})");
  ASSERT_TRUE(post) << post.error().message();
  EXPECT_TRUE(post->author.empty());
  EXPECT_FALSE(post->kind);
}

TEST(PostDecoder, RejectsInvalidJson) {
  EXPECT_EQ(reason(R"({"id":"1","source":"x")"),
            "invalid JSON: truncated, or a comma, colon or bracket is missing");
  EXPECT_EQ(reason(R"({"id":"1","source":"x)"), "invalid JSON: unclosed string");
  EXPECT_EQ(reason(R"({"id":"1\q"})"), "invalid JSON: bad escape or control character in a string");
  EXPECT_NE(reason(R"({"id":"1",})").find("invalid JSON"), std::string::npos);
  EXPECT_NE(reason(R"({"id":"1"} trailing)").find("invalid JSON"), std::string::npos);
  EXPECT_NE(reason("not json at all").find("invalid JSON"), std::string::npos);
  EXPECT_EQ(reason(R"(["an","array"])"), "expected a JSON object, got an array");
}

TEST(PostDecoder, RejectsInvalidUtf8) {
  std::string line(kMinimal);
  line.replace(line.find("hallo"), 5, "ha\xC3\x28llo");
  EXPECT_EQ(reason(line), "invalid UTF-8");
  std::string overlong(kMinimal);
  overlong.replace(overlong.find("hallo"), 5, "\xC0\xAF");
  EXPECT_EQ(reason(overlong), "invalid UTF-8");
}

TEST(PostDecoder, RejectsMissingRequiredFieldsByName) {
  EXPECT_EQ(reason(R"({"source":"x","text":"t","created_at":"2026-10-01T12:00:00Z"})"),
            "id: missing (required: id, source, text, created_at)");
  EXPECT_EQ(reason(R"({"id":"1","source":"x","created_at":"2026-10-01T12:00:00Z"})"),
            "text: missing (required: id, source, text, created_at)");
  EXPECT_EQ(reason(R"({"id":"1","source":"x","text":"t"})"),
            "created_at: missing (required: id, source, text, created_at)");
}

TEST(PostDecoder, RejectsMistypedFieldsByName) {
  EXPECT_EQ(reason(R"({"id":"1","source":"x","text":42,"created_at":"2026-10-01T12:00:00Z"})"),
            "text: expected a string, got a number");
  EXPECT_EQ(reason(R"({"id":true,"source":"x","text":"t","created_at":"2026-10-01T12:00:00Z"})"),
            "id: expected a string, got a boolean");
  EXPECT_EQ(reason(R"({"id":"","source":"x","text":"t","created_at":"2026-10-01T12:00:00Z"})"),
            "id: must not be empty");
  EXPECT_EQ(
      reason(
          R"({"id":"1","source":"x","text":"t","created_at":"2026-10-01T12:00:00Z","author":{"id":"u","followers":"many"}})"),
      "author.followers: expected a whole number, got a string");
  EXPECT_EQ(
      reason(
          R"({"id":"1","source":"x","text":"t","created_at":"2026-10-01T12:00:00Z","metrics":{"likes":-3}})"),
      "metrics.likes: must not be negative, got -3");
  EXPECT_EQ(
      reason(
          R"({"id":"1","source":"x","text":"t","created_at":"2026-10-01T12:00:00Z","author":{"handle":"@a"}})"),
      "author.id: missing (an author needs an id)");
  EXPECT_EQ(
      reason(
          R"({"id":"1","source":"x","text":"t","created_at":"2026-10-01T12:00:00Z","own":"yes"})"),
      "own: expected true or false, got a string");
}

TEST(PostDecoder, RejectsUnknownSourceAndKindListingTheValidOnes) {
  EXPECT_EQ(
      reason(R"({"id":"1","source":"myspace","text":"t","created_at":"2026-10-01T12:00:00Z"})"),
      "source: unknown value \"myspace\" (expected one of twitter, x, facebook, instagram, "
      "mastodon, bluesky, reddit, youtube, forum, blog, news, review, email, other)");
  EXPECT_NE(
      reason(
          R"({"id":"1","source":"x","text":"t","created_at":"2026-10-01T12:00:00Z","kind":"story"})")
          .find("kind: unknown value \"story\""),
      std::string::npos);
}

TEST(PostDecoder, RejectsUnparseableTimestamps) {
  EXPECT_EQ(reason(R"({"id":"1","source":"x","text":"t","created_at":"01.10.2026 12:00"})"),
            "created_at: not an RFC 3339 timestamp: expected a 4-digit year at char 1");
  EXPECT_EQ(reason(R"({"id":"1","source":"x","text":"t","created_at":1727784000})"),
            "created_at: expected an RFC 3339 string, got a number");
}

TEST(PostDecoder, RejectsPostsFromTheFutureAsClockSkew) {
  DecodeOptions options{.latest_created_at = parse_rfc3339("2026-10-01T13:00:00Z").value()};
  EXPECT_EQ(reason(kMinimal, options), "accepted");
  EXPECT_EQ(
      reason(R"({"id":"1","source":"x","text":"t","created_at":"2031-10-01T12:00:00Z"})", options),
      "created_at: 2031-10-01T12:00:00Z lies in the future (after 2026-10-01T13:00:00Z); "
      "clock skew?");
}

TEST(PostDecoder, RejectsAFieldGivenTwice) {
  EXPECT_EQ(
      reason(
          R"({"id":"1","source":"x","text":"a","text":"b","created_at":"2026-10-01T12:00:00Z"})"),
      "text: appears twice");
}

TEST(PostDecoder, RejectsImplausibleLanguageCodes) {
  EXPECT_EQ(
      reason(
          R"({"id":"1","source":"x","text":"t","created_at":"2026-10-01T12:00:00Z","lang":"<b>"})"),
      "lang: \"<b>\" is not a language code (e.g. \"de\", \"en\")");
  EXPECT_EQ(
      reason(
          R"({"id":"1","source":"x","text":"t","created_at":"2026-10-01T12:00:00Z","lang":"de-AT"})"),
      "accepted");
}

TEST(PostDecoder, KeepsHostileTextIntact) {
  const std::string hostile = R"(<script>alert(1)</script> \u202e gnp.exe \u200b\u0000 zero)";
  auto post =
      decode(std::string(R"({"id":"1","source":"x","created_at":"2026-10-01T12:00:00Z","text":")") +
             hostile + "\"}");
  ASSERT_TRUE(post) << post.error().message();
  EXPECT_EQ(post->text, std::string("<script>alert(1)</script> \u202e gnp.exe \u200b") +
                            std::string(1, '\0') + " zero");
}

TEST(PostDecoder, ReusesOnePostAcrossLinesWithoutLeakingFields) {
  std::string a = std::string(
      R"({"id":"1","source":"x","text":"t","created_at":"2026-10-01T12:00:00Z","url":"u","own":true,"x":1})");
  std::string b(kMinimal);
  a.append(kDecodePadding, '\0');
  b.append(kDecodePadding, '\0');
  PostDecoder decoder;
  Post post;
  ASSERT_TRUE(decoder.decode(std::string_view(a.data(), a.size() - kDecodePadding), post));
  ASSERT_TRUE(decoder.decode(std::string_view(b.data(), b.size() - kDecodePadding), post));
  EXPECT_TRUE(post.url.empty());
  EXPECT_FALSE(post.own);
  EXPECT_TRUE(post.extra_json.empty());
}

}  // namespace
}  // namespace rauch::ingest
