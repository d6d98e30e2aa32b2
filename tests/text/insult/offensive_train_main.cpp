// Trains the offensive-language model (text/insult/offensive_model.h) on a TweetEval
// offensive train file and measures it on a validation file, both read in place (the data
// is not part of the repository). Not a test: the figures go into docs/text-analysis.md.
//
//   rauch_offensive_train TRAIN.tsv VAL.tsv [--save FILE] [--epochs N] [--l2 X]
//       [--char-min N] [--char-max N] [--bucket-bits N]
//
// Prints macro-F1 on VAL of the rules alone and of rules + model at several thresholds.
// --save writes the model file (model_file.h); do not commit one trained on TweetEval
// (no licence for redistribution, data/README.md).

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <string>
#include <string_view>
#include <vector>

#include "text/insult/insult.h"
#include "text/insult/offensive_model.h"
#include "text/model/model_file.h"
#include "text/tokens.h"

namespace {

struct Row {
  std::string text;
  bool offensive = false;
};

// TweetEval TSV: header, then id, label, text.
std::vector<Row> read_rows(const char* path) {
  std::vector<Row> rows;
  std::ifstream in(path);
  std::string line;
  std::getline(in, line);
  while (std::getline(in, line)) {
    const std::size_t a = line.find('\t');
    const std::size_t b = a == std::string::npos ? a : line.find('\t', a + 1);
    if (b == std::string::npos) continue;
    rows.push_back({line.substr(b + 1), line.substr(a + 1, b - a - 1) == "offensive"});
  }
  return rows;
}

double macro_f1(int tp, int fp, int fn, int tn) {
  auto f1 = [](int t, int f, int n) { return t == 0 ? 0.0 : 2.0 * t / (2.0 * t + f + n); };
  return (f1(tp, fp, fn) + f1(tn, fn, fp)) / 2;
}

// Macro-F1 on `rows` of "score >= threshold" for the given scores.
double macro_f1_at(const std::vector<Row>& rows, const std::vector<float>& scores,
                   float threshold) {
  int tp = 0, fp = 0, fn = 0, tn = 0;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const bool pred = scores[i] >= threshold;
    tp += rows[i].offensive && pred;
    fp += !rows[i].offensive && pred;
    fn += rows[i].offensive && !pred;
    tn += !rows[i].offensive && !pred;
  }
  return macro_f1(tp, fp, fn, tn);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::cerr << "usage: " << argv[0] << " TRAIN.tsv VAL.tsv [--save FILE] [--epochs N] "
                                         "[--l2 X] [--char-min N] [--char-max N] "
                                         "[--bucket-bits N]\n";
    return 2;
  }
  rauch::text::OffensiveTrainOptions options;
  std::string save;
  bool blend = false;
  for (int i = 3; i + 1 < argc; i += 2) {
    const std::string_view flag = argv[i];
    const char* value = argv[i + 1];
    if (flag == "--save") save = value;
    else if (flag == "--blend") blend = std::string_view(value) == "1";
    else if (flag == "--epochs") options.train.epochs = std::atoi(value);
    else if (flag == "--l2") options.train.l2 = std::strtof(value, nullptr);
    else if (flag == "--learning-rate") options.train.learning_rate = std::strtof(value, nullptr);
    else if (flag == "--char-min") options.features.char_min = static_cast<std::uint8_t>(std::atoi(value));
    else if (flag == "--char-max") options.features.char_max = static_cast<std::uint8_t>(std::atoi(value));
    else if (flag == "--bucket-bits") options.features.bucket_bits = static_cast<std::uint32_t>(std::atoi(value));
    else if (flag == "--word-ngrams") options.features.word_ngrams = static_cast<std::uint8_t>(std::atoi(value));
    else {
      std::cerr << "unknown flag " << flag << "\n";
      return 2;
    }
  }
  const std::vector<Row> train = read_rows(argv[1]);
  const std::vector<Row> val = read_rows(argv[2]);
  if (train.empty() || val.empty()) {
    std::cerr << "cannot read " << argv[1] << " or " << argv[2] << "\n";
    return 1;
  }
  std::vector<rauch::text::LabeledPost> posts;
  for (const Row& r : train) posts.push_back({r.text, r.offensive});
  const rauch::text::InsultDetector rules;
  auto model = rauch::text::train_offensive_model(posts, rules, options);
  if (!model) {
    std::cerr << model.error().message() << "\n";
    return 1;
  }
  if (!save.empty()) {
    if (auto ok = rauch::text::model::save_model(*model, save); !ok) {
      std::cerr << ok.error().message() << "\n";
      return 1;
    }
  }
  auto detector = rauch::text::InsultDetector::with_model(std::move(*model));
  if (!detector) {
    std::cerr << detector.error().message() << "\n";
    return 1;
  }
  std::vector<float> rule_scores, model_scores;
  rauch::text::TokenizedText tokens;
  for (const Row& r : val) {
    tokens.clear();
    rauch::text::tokenize(r.text, tokens);
    rule_scores.push_back(detector->detect_rules(r.text, tokens, "en").score);
    model_scores.push_back(detector->detect(r.text, tokens, "en").score);
  }
  std::printf("train n=%zu val n=%zu\nrules (score >= %.2f): val macro-F1 %.4f\n", train.size(),
              val.size(), rauch::text::InsultDetector::kOffensiveScore,
              macro_f1_at(val, rule_scores, rauch::text::InsultDetector::kOffensiveScore));
  for (float t = 0.30F; t < 0.71F; t += 0.05F)
    std::printf("rules + model, P(offensive) >= %.2f: val macro-F1 %.4f\n", t,
                macro_f1_at(val, model_scores, t));
  if (blend) {  // Averages of model and rule scores, for choosing a blend.
    for (float a = 0.5F; a < 0.96F; a += 0.1F) {
      std::vector<float> mix(val.size());
      for (std::size_t i = 0; i < val.size(); ++i)
        mix[i] = a * model_scores[i] + (1 - a) * rule_scores[i];
      for (float t = 0.35F; t < 0.66F; t += 0.05F)
        std::printf("blend %.1f >= %.2f: val macro-F1 %.4f\n", a, t, macro_f1_at(val, mix, t));
    }
  }
  return 0;
}
