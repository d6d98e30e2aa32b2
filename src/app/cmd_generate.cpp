// `rauchmelder generate`: a synthetic, deterministic stream of demo posts.

#include <cstdio>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "app/commands.h"
#include "app/generated_stream.h"
#include "app/time_arguments.h"

namespace rauch::app {
namespace {

struct GenerateArgs {
  std::vector<std::string> scenarios = {"all"};
  std::uint64_t seed = 1;
  int days = 28;
  std::string start = "2026-09-28T00:00:00Z";
  double volume = 1.0;
  std::string out = "-";
  std::string truth;
};

int run_generate(const GenerateArgs& args) {
  generate::GenerateOptions options;
  options.scenarios = args.scenarios;
  options.seed = args.seed;
  options.days = args.days;
  options.volume = args.volume;
  auto start = parse_rfc3339(args.start);
  if (!start) {
    fmt::print(stderr, "rauchmelder generate: --start: {}\n", start.error().message());
    return kExitFailure;
  }
  options.start = *start;
  const std::string truth = args.truth.empty() ? default_truth_path(args.out) : args.truth;
  auto summary = write_generated_stream(options, args.out, truth);
  if (!summary) {
    fmt::print(stderr, "rauchmelder generate: {}\n", summary.error().message());
    return kExitFailure;
  }
  fmt::print(stderr, "generated {} posts over {} days (seed {}){}\n", summary->posts, options.days,
             options.seed, truth.empty() ? "" : fmt::format("; ground truth in {}", truth));
  for (const auto& event : summary->events) {
    fmt::print(stderr, "  {:<13} {} .. {}  {} posts\n", event.scenario, format_rfc3339(event.start),
               format_rfc3339(event.end), event.post_keys.size());
  }
  return kExitOk;
}

}  // namespace

void register_generate(CLI::App& app, int& exit_code) {
  auto args = std::make_shared<GenerateArgs>();
  std::string names;
  for (std::string_view name : generate::all_scenario_names()) {
    names += fmt::format("{}{}", names.empty() ? "" : ", ", name);
  }
  CLI::App* cmd = app.add_subcommand(
      "generate",
      "Write a synthetic stream of German and English posts about the fictional brand Velora "
      "(NDJSON, the input format) plus a ground-truth file of what each scenario did. The "
      "same options and seed always give the same output. See docs/demo-data.md.");
  cmd->add_option("--scenario", args->scenarios,
                  fmt::format("Scenarios to switch on, comma-separated: {}, or all", names))
      ->delimiter(',')
      ->capture_default_str();
  cmd->add_option("--seed", args->seed, "Random seed")->capture_default_str();
  cmd->add_option("--days", args->days, "Length of the stream in days")
      ->capture_default_str()
      ->check(CLI::Range(1, 3660));
  cmd->add_option("--start", args->start, "First instant of the stream (RFC 3339)")
      ->capture_default_str();
  cmd->add_option("--volume", args->volume,
                  "Scale of the everyday volume (1 = about 1,500 posts a day)")
      ->capture_default_str()
      ->check(CLI::Range(0.01, 1000.0));
  cmd->add_option("--out", args->out, "Output file, '-' for standard output")
      ->capture_default_str();
  cmd->add_option("--truth", args->truth,
                  "Ground-truth file (default: next to --out, e.g. posts.truth.json)");
  cmd->callback([args, &exit_code] { exit_code = run_generate(*args); });
}

}  // namespace rauch::app
