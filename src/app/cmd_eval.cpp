// `rauchmelder eval sentiment|intent|offensive --dataset NAME --data FILE [--json]`:
// runs one analyzer over a labelled data set (docs/text-analysis.md#evaluation) and
// prints accuracy, macro-F1, weighted F1, the confusion matrix and, for rated data
// (vader), Pearson r between our score and the human rating.
// `rauchmelder eval nab --data DIR [--profile P] [--results DIR] [--json]`: the volume
// detector on NAB files (cmd_eval_nab.cpp).

#include <algorithm>
#include <cstdio>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "app/commands.h"
#include "app/eval_nab.h"
#include "text/eval/dataset.h"
#include "text/eval/metrics.h"
#include "text/insult/insult.h"
#include "text/intent/intent.h"
#include "text/sentiment/sentiment.h"
#include "text/tokens.h"

namespace rauch::app {
namespace {

struct EvalArgs {
  std::string task;
  std::string dataset;
  std::string data;
  std::string lang;  // empty: the data set's language
  std::string model;
  std::string predictions;  // TSV of per-row results, for error analysis
  std::string profile = "standard";  // nab only
  std::string results;               // nab only: folder for NAB result CSVs
  bool rules_only = false;
  bool json = false;
};

// The index in `labels` of what the analyzer predicts for `text`, and its score.
struct Prediction {
  std::string_view label;
  double score = 0;
};

int fail(const std::string& message) {
  fmt::print(stderr, "rauchmelder eval: {}\n", message);
  return kExitFailure;
}

void print_text(const EvalArgs& args, const text::eval::Dataset& data,
                const text::eval::Confusion& confusion, const text::eval::Metrics& m,
                const std::optional<double>& r) {
  fmt::print("{} on {} ({}): n = {}{}\n", args.task, data.name, args.data, m.n,
             data.skipped ? fmt::format(" ({} rows skipped)", data.skipped) : "");
  fmt::print("accuracy     {:.4f}\nmacro F1     {:.4f}\nweighted F1  {:.4f}\n"
             "macro recall {:.4f}\n", m.accuracy, m.macro_f1, m.weighted_f1, m.macro_recall);
  fmt::print("pearson r    {}\n", r ? fmt::format("{:.4f}", *r) : "n/a");
  fmt::print("\n{:<16} {:>9} {:>9} {:>9} {:>8}\n", "class", "precision", "recall", "f1",
             "support");
  for (std::size_t c = 0; c < m.classes.size(); ++c)
    fmt::print("{:<16} {:>9.4f} {:>9.4f} {:>9.4f} {:>8}\n", data.labels[c],
               m.classes[c].precision, m.classes[c].recall, m.classes[c].f1,
               m.classes[c].support);
  fmt::print("\nconfusion (rows = gold, columns = predicted)\n{:<16}", "");
  for (const auto& l : data.labels)
    fmt::print(" {:>14}", l);
  fmt::print("\n");
  for (std::size_t g = 0; g < data.labels.size(); ++g) {
    fmt::print("{:<16}", data.labels[g]);
    for (std::size_t p : confusion.matrix()[g])
      fmt::print(" {:>14}", p);
    fmt::print("\n");
  }
}

int run_eval(const EvalArgs& args) {
  if (args.task == "nab")
    return run_eval_nab({args.data, args.profile, args.results, args.json});
  if (args.dataset.empty())
    return fail("--dataset is required for " + args.task);
  auto data = text::eval::read_dataset(args.dataset, args.data);
  if (!data)
    return fail(data.error().message());
  const std::string lang = args.lang.empty() ? data->lang : args.lang;

  std::optional<text::sentiment::SentimentAnalyzer> sentiment;
  if (args.task == "sentiment") {
    text::sentiment::SentimentOptions options;
    options.use_models = !args.rules_only;
    if (!args.model.empty())
      (lang == "de" ? options.model_de : options.model_en) = args.model;
    auto analyzer = text::sentiment::SentimentAnalyzer::create(options);
    if (!analyzer)
      return fail(analyzer.error().message());
    sentiment.emplace(std::move(*analyzer));
  }
  text::eval::Confusion confusion(data->labels);
  std::vector<double> scores, ratings;
  text::TokenizedText tokens;
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> rows_out(nullptr, &std::fclose);
  if (!args.predictions.empty()) {
    rows_out.reset(std::fopen(args.predictions.c_str(), "w"));
    if (!rows_out)
      return fail("cannot write " + args.predictions);
    fmt::print(rows_out.get(), "gold\tpredicted\tscore\trating\ttext\n");
  }
  for (const text::eval::LabeledText& row : data->rows) {
    tokens.clear();
    text::tokenize(row.text, tokens);
    Prediction p;
    if (sentiment) {
      const auto s = sentiment->analyze(row.text, tokens, lang);
      p = {text::sentiment::polarity_name(s.label), s.score};
    } else if (args.task == "intent") {
      const auto r = text::classify_intent(row.text, tokens, lang);
      p = {r.intent == text::Intent::kComplaint ? "complaint" : "not_complaint", r.confidence};
    } else {
      const auto r = text::detect_insults(row.text, tokens, lang);
      p = {r.offensive ? "offensive" : "not-offensive", r.score};
    }
    const auto it = std::find(data->labels.begin(), data->labels.end(), p.label);
    if (it == data->labels.end())
      return fail(fmt::format("task {} predicts '{}', which data set {} does not label "
                              "(labels: {})", args.task, p.label, data->name,
                              fmt::join(data->labels, ", ")));
    confusion.add(row.label, static_cast<std::size_t>(it - data->labels.begin()));
    if (rows_out)
      fmt::print(rows_out.get(), "{}\t{}\t{:.4f}\t{}\t{}\n", data->labels[row.label], p.label,
                 p.score, row.rating ? fmt::format("{:.4f}", *row.rating) : "", row.text);
    if (row.rating) {
      scores.push_back(p.score);
      ratings.push_back(*row.rating);
    }
  }
  const text::eval::Metrics m = text::eval::compute_metrics(confusion);
  const std::optional<double> r = text::eval::pearson(scores, ratings);
  if (!args.json) {
    print_text(args, *data, confusion, m, r);
    return kExitOk;
  }
  nlohmann::json out = {{"n", m.n},
                        {"accuracy", m.accuracy},
                        {"macro_f1", m.macro_f1},
                        {"weighted_f1", m.weighted_f1},
                        {"pearson_r", r ? nlohmann::json(*r) : nlohmann::json(nullptr)},
                        {"confusion",
                         {{"labels", data->labels}, {"matrix", confusion.matrix()}}}};
  fmt::print("{}\n", out.dump());
  return kExitOk;
}

}  // namespace

void register_eval(CLI::App& app, int& exit_code) {
  CLI::App* eval = app.add_subcommand(
      "eval",
      "Evaluate an analyzer on a labelled data set: accuracy, macro-F1, weighted F1, "
      "confusion matrix, Pearson r for rated data (docs/text-analysis.md#evaluation); "
      "or, with task nab, the volume-burst detector on Numenta Anomaly Benchmark files "
      "(docs/detection.md#nab-evaluation).");
  auto args = std::make_shared<EvalArgs>();
  eval->add_option("task", args->task,
                   "sentiment, intent (complaints), offensive, or nab (volume detector)")
      ->required()
      ->check(CLI::IsMember({"sentiment", "intent", "offensive", "nab"}));
  eval->add_option("--dataset", args->dataset,
                   "Format of FILE: vader, sb10k, potts, umsab_german, complaints, tweeteval "
                   "(required except for nab)");
  eval->add_option("--data", args->data,
                   "The TSV file to evaluate on; for nab a NAB folder (windows.json + CSVs)")
      ->required();
  eval->add_option("--profile", args->profile,
                   "nab: scoring profile standard (default), low_fp or low_fn")
      ->check(CLI::IsMember({"standard", "low_fp", "low_fn"}));
  eval->add_option("--results", args->results,
                   "nab: also write DIR/<category>/rauchmelder_<file>.csv "
                   "(timestamp,value,anomaly_score) for NAB's own scorer");
  eval->add_option("--lang", args->lang, "de or en (default: the data set's language)");
  eval->add_option("--model", args->model,
                   "Sentiment model file instead of the embedded one");
  eval->add_option("--predictions", args->predictions,
                   "Also write one TSV line per row: gold, predicted, score, rating, text");
  eval->add_flag("--rules-only", args->rules_only, "Sentiment: rules and lexicons, no model");
  eval->add_flag("--json", args->json,
                 "One JSON object: n, accuracy, macro_f1, weighted_f1, pearson_r, confusion "
                 "{labels, matrix[gold][predicted]}; for nab: profile, score, files "
                 "[{name, score, raw, windows, detected, false_positives, rows}]");
  eval->callback([args, &exit_code] { exit_code = run_eval(*args); });
}

}  // namespace rauch::app
