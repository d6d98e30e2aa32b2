#include "text/insult/insult.h"
#include "text/insult/offensive_model.h"

#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

namespace rauch::text {
namespace {

InsultResult detect(std::string_view text, std::string_view lang) {
  TokenizedText tokens;
  tokenize(text, tokens);
  return detect_insults(text, tokens, lang);
}

std::string_view span_of(std::string_view text, const InsultFinding& f) {
  return text.substr(f.source_begin, f.source_end - f.source_begin);
}

TEST(Insult, GermanPersonalAttack) {
  const std::string_view text = "Du bist ein Vollidiot.";
  const InsultResult r = detect(text, "de");
  EXPECT_TRUE(r.offensive);
  ASSERT_EQ(r.findings.size(), 1U);
  EXPECT_EQ(span_of(text, r.findings[0]), "Du bist ein Vollidiot");
  EXPECT_TRUE(r.findings[0].why.starts_with("personal attack")) << r.findings[0].why;
}

TEST(Insult, EnglishPersonalAttack) {
  const std::string_view text = "you're so stupid lol";
  const InsultResult r = detect(text, "en");
  EXPECT_TRUE(r.offensive);
  ASSERT_FALSE(r.findings.empty());
  EXPECT_TRUE(r.findings[0].why.starts_with("personal attack")) << r.findings[0].why;
  EXPECT_EQ(span_of(text, r.findings[0]), "you're so stupid");
}

TEST(Insult, AttackPhrases) {
  for (std::string_view text : {"Halt die Klappe!", "just shut up already"}) {
    const InsultResult r = detect(text, "");
    EXPECT_TRUE(r.offensive) << text;
    ASSERT_EQ(r.findings.size(), 1U) << text;
    EXPECT_TRUE(r.findings[0].why.starts_with("personal attack")) << text;
  }
}

TEST(Insult, SituationalProfanityScoresBelowAnAttack) {
  const std::string_view situation = "So ein Scheiß, die App stürzt schon wieder ab";
  const InsultResult s = detect(situation, "de");
  ASSERT_EQ(s.findings.size(), 1U);
  EXPECT_EQ(span_of(situation, s.findings[0]), "Scheiß");
  EXPECT_NE(s.findings[0].why.find("about the situation"), std::string::npos);
  const InsultResult a = detect("Ihr seid so dumm, echt Scheiße", "de");
  EXPECT_GT(a.score, s.score);
  EXPECT_TRUE(a.offensive);
}

TEST(Insult, InsultWithoutAddressIsAnInsultFinding) {
  const std::string_view text = "what an idiot move by the ref";
  const InsultResult r = detect(text, "en");
  ASSERT_EQ(r.findings.size(), 1U);
  EXPECT_EQ(r.findings[0].why, "insult: 'idiot'");
  EXPECT_EQ(span_of(text, r.findings[0]), "idiot");
}

TEST(Insult, AddressInAnotherSentenceDoesNotAim) {
  const InsultResult r = detect("Danke an euch. Der Bot ist dumm.", "de");
  ASSERT_EQ(r.findings.size(), 1U);
  EXPECT_TRUE(r.findings[0].why.starts_with("insult")) << r.findings[0].why;
}

TEST(Insult, MentionFollowedByInsultIsAddressed) {
  const InsultResult r = detect("@velora Trottel", "de");
  ASSERT_EQ(r.findings.size(), 1U);
  EXPECT_TRUE(r.findings[0].why.starts_with("personal attack"));
}

TEST(Insult, InsultAimedAtAThirdPerson) {
  // A word said of politics as often as of people ("fake") counts when it is said of
  // someone; it is no attack on the reader.
  const std::string_view text = "He is so fake.";
  const InsultResult r = detect(text, "en");
  EXPECT_TRUE(r.offensive);
  EXPECT_FALSE(r.personal);
  ASSERT_EQ(r.findings.size(), 1U);
  EXPECT_EQ(r.findings[0].why, "insult: 'fake' aimed at a person");
  EXPECT_EQ(span_of(text, r.findings[0]), "He is so fake");
  EXPECT_FALSE(detect("That photo is so fake.", "en").offensive);
  const InsultResult de = detect("Der ist so ein Trottel", "de");
  EXPECT_TRUE(de.offensive);
  EXPECT_FALSE(de.personal);
  EXPECT_TRUE(detect("Du bist so ein Trottel", "de").personal);
}

TEST(Insult, StarredAndElongatedSwearing) {
  EXPECT_TRUE(detect("what the f*ck is this", "en").offensive);
  EXPECT_TRUE(detect("beat the sh*t out of him", "en").offensive);
  EXPECT_TRUE(detect("fuuuuck this", "en").offensive);
  EXPECT_TRUE(detect("Du Idiooooot", "de").personal);
  EXPECT_FALSE(detect("the king is in town", "en").offensive);
}

TEST(Insult, FoldedSpellings) {
  EXPECT_TRUE(detect("DU BIST SO BLOED", "de").offensive);
  EXPECT_TRUE(detect("so eine scheisse", "de").offensive);
}

TEST(Insult, CleanPostsAreNotOffensive) {
  for (std::string_view text : {"Danke für die schnelle Hilfe!", "Your support team is great",
                                "Die Lieferung kam pünktlich an"}) {
    const InsultResult r = detect(text, "");
    EXPECT_FALSE(r.offensive) << text;
    EXPECT_TRUE(r.findings.empty()) << text;
    EXPECT_EQ(r.score, 0.0F);
  }
}

TEST(Insult, EmptyAndInvalidInputDoNotCrash) {
  EXPECT_FALSE(detect("", "de").offensive);
  EXPECT_FALSE(detect("\xff\xfe\xc3", "en").offensive);
  std::string rant;
  for (int i = 0; i < 3000; ++i) rant += "idiot ";
  const InsultResult r = detect(rant, "en");
  EXPECT_TRUE(r.offensive);
  EXPECT_LE(r.findings.size(), 16U);
  EXPECT_LE(r.score, 1.0F);
}

TEST(InsultDetector, SameAsFreeFunction) {
  const InsultDetector detector;
  const std::string text = "you are a moron";
  TokenizedText tokens;
  tokenize(text, tokens);
  EXPECT_EQ(detector.detect(text, tokens, "en").score, detect_insults(text, tokens, "en").score);
}

}  // namespace
}  // namespace rauch::text

namespace rauch::text {
namespace {

TEST(InsultRules, CountWhatTheyFind) {
  const std::string_view text = "you're so stupid, shut up and fix your shit app";
  TokenizedText tokens;
  tokenize(text, tokens);
  const InsultResult r = InsultDetector().detect_rules(text, tokens, "en");
  EXPECT_TRUE(r.personal);
  EXPECT_EQ(r.insult_words, 1U);
  EXPECT_EQ(r.attack_phrases, 1U);
  EXPECT_EQ(r.profanity_words, 1U);
  float features[kInsultFeatures];
  insult_features(r, -0.5F, features);
  for (float f : features) {
    EXPECT_GE(f, 0.0F);
    EXPECT_LE(f, 1.0F);
  }
  EXPECT_FLOAT_EQ(features[7], 0.5F);
}

TEST(OffensiveModel, RejectsAModelWithOtherLabels) {
  auto other = model::LinearModel::create({.bucket_bits = 8}, {"negative", "positive"},
                                          kInsultFeatures);
  ASSERT_TRUE(other);
  EXPECT_FALSE(InsultDetector::with_model(std::move(*other)));
  auto few = model::LinearModel::create(
      {.bucket_bits = 8}, {std::string(kNotOffensiveLabel), std::string(kOffensiveLabel)}, 2);
  ASSERT_TRUE(few);
  EXPECT_FALSE(InsultDetector::with_model(std::move(*few)));
}

// A model learns hostility that has no insult word, and the rules' findings stay.
TEST(OffensiveModel, LearnsWordsTheRulesDoNotKnow) {
  std::vector<LabeledPost> posts;
  for (int i = 0; i < 20; ++i) {
    posts.push_back({"@user those grifters ruin everything", true});
    posts.push_back({"@user grifters again, typical", true});
    posts.push_back({"@user lovely weather for the match today", false});
    posts.push_back({"@user the new album is out on friday", false});
  }
  const InsultDetector rules;
  auto model = train_offensive_model(posts, rules, {.features = {.bucket_bits = 12}});
  ASSERT_TRUE(model) << model.error().message();
  auto detector = InsultDetector::with_model(std::move(*model));
  ASSERT_TRUE(detector) << detector.error().message();
  auto run = [&](std::string_view text, std::string_view lang) {
    TokenizedText tokens;
    tokenize(text, tokens);
    return detector->detect(text, tokens, lang);
  };
  EXPECT_TRUE(run("@user grifters everywhere", "en").offensive);
  EXPECT_FALSE(run("@user lovely album", "en").offensive);
  // German posts keep the rules (the model is English).
  const InsultResult de = run("Du bist ein Vollidiot.", "de");
  EXPECT_TRUE(de.offensive);
  EXPECT_FALSE(de.findings.empty());
}

}  // namespace
}  // namespace rauch::text
