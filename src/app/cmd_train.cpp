// `rauchmelder train sentiment --lang de|en --out FILE --data FILE...`: trains the learned
// sentiment model (text/model) on labelled TSV files, with the rule scores as extra
// features, and writes the model file (docs/text-analysis.md#sentiment). Deterministic:
// the same files and settings give the same bytes.

#include <cstdio>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "app/commands.h"
#include "text/eval/dataset.h"
#include "text/model/model_file.h"
#include "text/model/train.h"
#include "text/sentiment/sentiment.h"
#include "text/tokens.h"

namespace rauch::app {
namespace {

struct TrainArgs {
  std::string lang;
  std::string out;
  std::vector<std::string> data;  // FILE or NAME=FILE
  int epochs = 5;
  float learning_rate = 0.1f;
  float l2 = 1e-2f;
  std::uint32_t bucket_bits = 20;
  int char_min = 0;
  int char_max = 5;
  bool balanced = true;
  std::uint64_t seed = 42;
};

// The data set format of a file from its header (NAME=FILE overrides).
std::string detect_format(const std::string& path) {
  std::ifstream in(path);
  std::string header;
  std::getline(in, header);
  if (header.find("text_tokenized") != std::string::npos)
    return "potts";
  if (header.find("mean_sentiment") != std::string::npos)
    return "vader";
  return "sb10k";  // id, label, text with negative/neutral/positive
}

int run_train(const TrainArgs& args) {
  auto analyzer = text::sentiment::SentimentAnalyzer::create({.use_models = false});
  if (!analyzer) {
    fmt::print(stderr, "rauchmelder train: {}\n", analyzer.error().message());
    return kExitFailure;
  }
  const text::sentiment::RuleSet& rules =
      args.lang == "de" ? analyzer->german_rules() : analyzer->english_rules();
  text::model::FeatureConfig config;
  config.bucket_bits = args.bucket_bits;
  config.char_min = static_cast<std::uint8_t>(args.char_min);
  config.char_max = static_cast<std::uint8_t>(args.char_max);
  auto model = text::model::LinearModel::create(config, {"negative", "neutral", "positive"},
                                                text::sentiment::kRuleFeatures);
  if (!model) {
    fmt::print(stderr, "rauchmelder train: {}\n", model.error().message());
    return kExitFailure;
  }
  std::vector<text::model::Example> examples;
  text::TokenizedText tokens;
  for (const std::string& spec : args.data) {
    const std::size_t eq = spec.find('=');
    const std::string path = eq == std::string::npos ? spec : spec.substr(eq + 1);
    const std::string format = eq == std::string::npos ? detect_format(path) : spec.substr(0, eq);
    auto data = text::eval::read_dataset(format, path);
    if (!data) {
      fmt::print(stderr, "rauchmelder train: {}\n", data.error().message());
      return kExitFailure;
    }
    for (const auto& row : data->rows) {
      tokens.clear();
      text::tokenize(row.text, tokens);
      text::model::Example e;
      e.buckets = text::model::features_of(tokens, config);
      float dense[text::sentiment::kRuleFeatures];
      text::sentiment::rule_features(text::sentiment::score_rules(rules, row.text, tokens), dense);
      e.dense.assign(std::begin(dense), std::end(dense));
      e.label = static_cast<std::uint32_t>(model->label_index(data->labels[row.label]));
      examples.push_back(std::move(e));
    }
    fmt::print(stderr, "read {} examples from {} ({})\n", data->rows.size(), path, format);
  }
  text::model::TrainOptions options;
  options.epochs = args.epochs;
  options.learning_rate = args.learning_rate;
  options.l2 = args.l2;
  options.balance_classes = args.balanced;
  options.seed = args.seed;
  if (auto ok = text::model::train(*model, examples, options); !ok) {
    fmt::print(stderr, "rauchmelder train: {}\n", ok.error().message());
    return kExitFailure;
  }
  if (auto ok = text::model::save_model(*model, args.out); !ok) {
    fmt::print(stderr, "rauchmelder train: {}\n", ok.error().message());
    return kExitFailure;
  }
  fmt::print("wrote {} ({} examples)\n", args.out, examples.size());
  return kExitOk;
}

}  // namespace

void register_train(CLI::App& app, int& exit_code) {
  CLI::App* train = app.add_subcommand(
      "train", "Train a learned model from labelled data (docs/text-analysis.md#sentiment).");
  train->require_subcommand(1);
  CLI::App* sentiment = train->add_subcommand(
      "sentiment", "Train the sentiment model (logistic regression on hashed n-grams plus "
                   "the rule scores) and write the model file.");
  auto args = std::make_shared<TrainArgs>();
  sentiment->add_option("--lang", args->lang, "de or en")
      ->required()
      ->check(CLI::IsMember({"de", "en"}));
  sentiment->add_option("--out", args->out, "Model file to write")->required();
  sentiment->add_option("--data", args->data,
                        "Training TSV files (train splits only), FILE or FORMAT=FILE with a "
                        "format of `eval --dataset`; detected from the header otherwise")
      ->required();
  sentiment->add_option("--epochs", args->epochs, "Passes over the data")->capture_default_str();
  sentiment->add_option("--learning-rate", args->learning_rate, "AdaGrad step size")
      ->capture_default_str();
  sentiment->add_option("--l2", args->l2, "L2 regularization per update")->capture_default_str();
  sentiment->add_option("--bucket-bits", args->bucket_bits, "log2 of the hashed feature rows")
      ->capture_default_str();
  sentiment->add_option("--char-min", args->char_min, "Shortest character n-gram (0 = none)")
      ->capture_default_str();
  sentiment->add_option("--char-max", args->char_max, "Longest character n-gram")
      ->capture_default_str();
  sentiment->add_option("--balanced", args->balanced, "Weight classes by 1/frequency")
      ->capture_default_str();
  sentiment->add_option("--seed", args->seed, "Shuffle seed")->capture_default_str();
  sentiment->callback([args, &exit_code] { exit_code = run_train(*args); });
}

}  // namespace rauch::app
