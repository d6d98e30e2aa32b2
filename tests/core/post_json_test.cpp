#include "core/post_json.h"

#include <gtest/gtest.h>

namespace rauch {
namespace {

std::string json_string(std::string_view text) {
  std::string out;
  append_json_string(text, out);
  return out;
}

TEST(JsonString, EscapesQuotesBackslashesAndControlCharacters) {
  EXPECT_EQ(json_string("plain"), "\"plain\"");
  EXPECT_EQ(json_string("say \"hi\" \\o/"), R"("say \"hi\" \\o/")");
  EXPECT_EQ(json_string("a\nb\tc\r"), R"("a\nb\tc\r")");
  EXPECT_EQ(json_string(std::string_view("\x01\x1f\0", 3)), R"("\u0001\u001f\u0000")");
  EXPECT_EQ(json_string("Grüße 🚲"), "\"Grüße 🚲\"");
}

TEST(PostJson, WritesRequiredFieldsAndLeavesOutWhatWasNotGiven) {
  Post post;
  post.id = "t-1";
  post.source = Source::kTwitter;
  post.text = "Akku kaputt";
  post.created_at = Timestamp{1795511700000};
  std::string out;
  append_post_json(post, out);
  EXPECT_EQ(out, R"({"id":"t-1","source":"twitter","created_at":"2026-11-24T09:15:00Z",)"
                 R"("text":"Akku kaputt"})");
}

TEST(PostJson, WritesEveryOptionalFieldAndTheUnknownOnes) {
  Post post;
  post.id = "r-9";
  post.source = Source::kReview;
  post.text = "ok";
  post.created_at = Timestamp{0};
  post.url = "https://example.org/r/9";
  post.lang = "de";
  post.author = Author{"u1", "@anna", "Anna", 12, true};
  post.in_reply_to = "r-8";
  post.conversation_id = "c-1";
  post.kind = PostKind::kReview;
  post.rating = 4.5;
  post.metrics.likes = 3;
  post.metrics.views = 100;
  post.own = true;
  post.title = "Gut";
  post.extra_json = R"({"geo":{"lat":52.5},"tags":["a"]})";
  std::string out;
  append_post_json(post, out);
  EXPECT_EQ(out,
            R"({"id":"r-9","source":"review","created_at":"1970-01-01T00:00:00Z","text":"ok",)"
            R"("title":"Gut","url":"https://example.org/r/9","lang":"de",)"
            R"("author":{"id":"u1","handle":"@anna","name":"Anna","followers":12,"verified":true},)"
            R"("in_reply_to":"r-8","conversation_id":"c-1","kind":"review","rating":4.5,)"
            R"("metrics":{"likes":3,"views":100},"own":true,"geo":{"lat":52.5},"tags":["a"]})");
}

}  // namespace
}  // namespace rauch
