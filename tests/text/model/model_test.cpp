#include <gtest/gtest.h>

#include <algorithm>

#include "text/model/linear_model.h"
#include "text/model/model_file.h"
#include "text/model/train.h"
#include "text/tokens.h"

namespace rauch::text::model {
namespace {

TokenizedText tokens_of(std::string_view text) {
  TokenizedText t;
  tokenize(text, t);
  return t;
}

// A tiny separable task: "gut"/"toll" positive, "schlecht"/"mies" negative.
LinearModel trained() {
  FeatureConfig config;
  config.bucket_bits = 12;
  auto model = LinearModel::create(config, {"negative", "positive"}, 1);
  EXPECT_TRUE(model.has_value());
  std::vector<Example> examples;
  const std::pair<const char*, std::uint32_t> data[] = {
      {"das ist gut", 1}, {"wirklich toll", 1}, {"gut gemacht", 1},
      {"das ist schlecht", 0}, {"echt mies", 0}, {"schlecht gemacht", 0}};
  for (const auto& [text, label] : data)
    examples.push_back({features_of(tokens_of(text), config), {0.5f}, label});
  EXPECT_TRUE(train(*model, examples, TrainOptions{.epochs = 20}).has_value());
  return std::move(*model);
}

TEST(LinearModel, LearnsASeparableTask) {
  const LinearModel model = trained();
  float probs[2];
  const float dense[1] = {0.5f};
  model.predict(tokens_of("sehr gut"), dense, probs);
  EXPECT_GT(probs[1], 0.6f);
  model.predict(tokens_of("total mies"), dense, probs);
  EXPECT_GT(probs[0], 0.6f);
}

TEST(ModelFile, RoundTripGivesSamePredictionsAndBytes) {
  const LinearModel model = trained();
  const std::string bytes = serialize(model);
  auto loaded = deserialize(bytes);
  ASSERT_TRUE(loaded.has_value()) << loaded.error().message();
  EXPECT_EQ(serialize(*loaded), bytes);
  EXPECT_EQ(loaded->labels(), model.labels());
  float a[2], b[2];
  const float dense[1] = {0.5f};
  model.predict(tokens_of("gut aber mies"), dense, a);
  loaded->predict(tokens_of("gut aber mies"), dense, b);
  EXPECT_FLOAT_EQ(a[0], b[0]);
  EXPECT_FLOAT_EQ(a[1], b[1]);
}

TEST(ModelFile, RejectsTruncatedAndForeignFiles) {
  const std::string bytes = serialize(trained());
  EXPECT_FALSE(deserialize(std::string_view(bytes).substr(0, bytes.size() - 3)).has_value());
  EXPECT_FALSE(deserialize(std::string("not a model at all")).has_value());
}

TEST(ModelFile, KeepsWhetherHashtagWordsAreFeaturesAndRejectsUnknownFlags) {
  std::string bytes = serialize(trained());
  // The flags byte follows the magic, bucket_bits (u32 12) and three u8 settings.
  const std::size_t flags_at = bytes.find(std::string("\x0c\0\0\0", 4)) + 4 + 3;
  ASSERT_EQ(bytes[flags_at], 1);
  EXPECT_TRUE(deserialize(bytes)->config().hashtag_words);
  bytes[flags_at] = 0;  // As written before the flag existed.
  auto old = deserialize(bytes);
  ASSERT_TRUE(old.has_value());
  EXPECT_FALSE(old->config().hashtag_words);
  bytes[flags_at] = 2;
  auto unknown = deserialize(bytes);
  ASSERT_FALSE(unknown.has_value());
  EXPECT_NE(unknown.error().message().find("unknown feature flags"), std::string::npos);
}

TEST(Features, CamelCaseHashtagsAlsoCountAsTheirWords) {
  FeatureConfig config;
  const auto with = features_of(tokens_of("#BahnChaos"), config);
  config.hashtag_words = false;
  const auto without = features_of(tokens_of("#BahnChaos"), config);
  EXPECT_EQ(with.size(), without.size() + 2);
  // "chaos" inside the hashtag is the feature of the word "chaos".
  const auto chaos = features_of(tokens_of("chaos"), config);
  EXPECT_NE(std::find(with.begin(), with.end(), chaos[0]), with.end());
}

TEST(Training, IsDeterministicForASeed) {
  EXPECT_EQ(serialize(trained()), serialize(trained()));
}

TEST(LinearModel, RejectsBadShapes) {
  EXPECT_FALSE(LinearModel::create({}, {"only"}, 0).has_value());
  EXPECT_FALSE(LinearModel::create({}, {"a", "a"}, 0).has_value());
  FeatureConfig huge;
  huge.bucket_bits = 30;
  EXPECT_FALSE(LinearModel::create(huge, {"a", "b"}, 0).has_value());
}

}  // namespace
}  // namespace rauch::text::model
