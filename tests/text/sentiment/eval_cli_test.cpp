// `rauchmelder eval ... --json` prints one object with exactly the documented keys.

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace {

std::string run(const std::string& command) {
  std::string out;
  FILE* pipe = popen(command.c_str(), "r");
  if (pipe == nullptr)
    return out;
  char buf[4096];
  while (std::fgets(buf, sizeof(buf), pipe) != nullptr)
    out += buf;
  pclose(pipe);
  return out;
}

TEST(EvalCli, JsonHasExactlyTheDocumentedKeys) {
  const auto path = std::filesystem::temp_directory_path() / "rauch_eval_cli_test.tsv";
  {
    std::ofstream f(path);
    f << "id\tmean_sentiment\ttext\n1\t2.5\tI love this, great!\n2\t-3.0\tterrible, I hate it\n"
         "3\t0.0\tthe train leaves at noon\n";
  }
  const std::string out = run(std::string(RAUCH_BINARY_PATH) +
                              " eval sentiment --dataset vader --json --data " + path.string());
  std::filesystem::remove(path);
  const auto j = nlohmann::json::parse(out);
  ASSERT_TRUE(j.is_object());
  EXPECT_EQ(j.size(), 6u);
  for (const char* key : {"n", "accuracy", "macro_f1", "weighted_f1", "pearson_r", "confusion"})
    EXPECT_TRUE(j.contains(key)) << key;
  EXPECT_EQ(j["n"], 3);
  EXPECT_TRUE(j["pearson_r"].is_number());
  EXPECT_EQ(j["confusion"]["labels"].size(), 3u);
  EXPECT_EQ(j["confusion"]["matrix"].size(), 3u);
  EXPECT_DOUBLE_EQ(j["accuracy"].get<double>(), 1.0);
}

}  // namespace
