// Every detection parameter the config file can set is documented in docs/detection.md
// with its name, and every name is unique within its section (so a config key means one
// thing).

#include <fstream>
#include <set>
#include <sstream>
#include <string>

#include <gtest/gtest.h>

#include "detect/engine/option_fields.h"

namespace rauch::detect {
namespace {

std::string read_docs() {
  std::ifstream in(std::string(RAUCH_SOURCE_DIR) + "/docs/detection.md");
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

TEST(OptionFields, EveryOptionIsDocumentedInATableRow) {
  const std::string docs = read_docs();
  ASSERT_FALSE(docs.empty());
  DetectionOptions options;
  for (const OptionField& field : option_fields(options)) {
    const std::string cell = "| `" + std::string(field.name) + "`";
    EXPECT_NE(docs.find(cell), std::string::npos)
        << field.section << "." << field.name << " has no row in docs/detection.md";
  }
}

TEST(OptionFields, NamesAreUniqueWithinASection) {
  DetectionOptions options;
  std::set<std::string> seen;
  for (const OptionField& field : option_fields(options))
    EXPECT_TRUE(seen.insert(std::string(field.section) + "." + std::string(field.name)).second)
        << field.section << "." << field.name;
}

TEST(OptionFields, PointIntoTheGivenOptions) {
  DetectionOptions options;
  for (const OptionField& field : option_fields(options)) {
    if (field.section == "volume" && field.name == "alert_z") *std::get<double*>(field.target) = 9.5;
    if (field.section == "unanswered.topic" && field.name == "min_posts")
      *std::get<double*>(field.target) = 42;
  }
  EXPECT_EQ(options.volume.alert_z, 9.5);
  EXPECT_EQ(options.unanswered.topic.min_posts, 42);
  EXPECT_NE(options.topic.min_posts, 42);
}

}  // namespace
}  // namespace rauch::detect
