// `rauchmelder eval nab --data DIR [--profile standard|low_fp|low_fn] [--json]
// [--results DIR]`: runs the volume detector with fixed options over every file of a NAB
// folder and prints NAB's normalised score per file and for the folder.

#include <filesystem>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "app/commands.h"
#include "app/eval_nab.h"
#include "detect/nab/nab_data.h"
#include "detect/nab/nab_run.h"
#include "detect/nab/nab_scorer.h"

namespace rauch::app {
namespace {

namespace fs = std::filesystem;
namespace nab = detect::nab;

int fail(const std::string& message) {
  fmt::print(stderr, "rauchmelder eval nab: {}\n", message);
  return kExitFailure;
}

// NAB's results layout: DIR/<category>/<detector>_<file>.csv.
std::string results_path(const std::string& dir, const std::string& key) {
  const fs::path k(key);
  return (fs::path(dir) / k.parent_path() / ("rauchmelder_" + k.filename().string())).string();
}

nlohmann::json options_json(const detect::VolumeOptions& o) {
  return {{"window_minutes", o.window_minutes},
          {"pseudo_count", o.pseudo_count},
          {"level_half_life_minutes", o.level_half_life_minutes},
          {"hour_of_day_half_life_days", o.hour_of_day_half_life_days},
          {"hour_of_week_half_life_days", o.hour_of_week_half_life_days},
          {"hour_of_week_ramp_weeks", o.hour_of_week_ramp_weeks},
          {"winsor_sigmas", o.winsor_sigmas},
          {"dispersion_half_life_days", o.dispersion_half_life_days},
          {"min_scale", o.min_scale},
          {"min_count", o.min_count},
          {"min_excess", o.min_excess},
          {"alert_z", o.alert_z},
          {"rare_minutes_per_day", o.rare_minutes_per_day},
          {"rare_half_life_days", o.rare_half_life_days},
          {"alert_score", o.alert_score},
          {"hold_minutes", o.hold_minutes},
          {"escalation_factor", o.escalation_factor},
          {"peak_fraction", o.peak_fraction},
          {"peak_half_life_days", o.peak_half_life_days},
          {"warmup_minutes", o.warmup_minutes}};
}

}  // namespace

int run_eval_nab(const EvalNabArgs& args) {
  const auto profile = nab::profile_named(args.profile);
  if (!profile)
    return fail("unknown profile '" + args.profile + "' (standard, low_fp, low_fn)");
  auto files = nab::read_folder(args.data);
  if (!files)
    return fail(files.error().message());
  const detect::VolumeOptions options = nab::nab_volume_options();
  std::vector<nab::FileScore> scores;
  nlohmann::json per_file = nlohmann::json::array();
  if (!args.json)
    fmt::print("{:<40} {:>7} {:>8} {:>4} {:>7}\n", "file", "windows", "detected", "fp", "score");
  for (const nab::DataFile& file : *files) {
    auto run = nab::run_file(file, options, *profile);
    if (!run)
      return fail(run.error().message());
    if (!args.results.empty()) {
      const std::string path = results_path(args.results, file.key);
      std::error_code ec;
      fs::create_directories(fs::path(path).parent_path(), ec);
      if (auto written = nab::write_results_csv(file, *run, path); !written)
        return fail(written.error().message());
    }
    const nab::FileScore& s = run->score;
    scores.push_back(s);
    per_file.push_back({{"name", file.key},
                        {"score", s.normalized()},
                        {"raw", s.raw},
                        {"windows", s.windows},
                        {"detected", s.detected},
                        {"false_positives", s.false_positives},
                        {"rows", file.rows.size()}});
    if (!args.json)
      fmt::print("{:<40} {:>7} {:>8} {:>4} {:>7.2f}\n", file.key, s.windows, s.detected,
                 s.false_positives, s.normalized());
  }
  const double total = nab::normalized_total(scores);
  if (args.json) {
    const nlohmann::json out = {{"profile", args.profile},
                                {"nab_profile", std::string(profile->name)},
                                {"score", total},
                                {"threshold", options.alert_score},
                                {"files", per_file},
                                {"options", options_json(options)}};
    fmt::print("{}\n", out.dump());
  } else {
    fmt::print("total ({}, {} files, threshold {}): {:.2f}\n", profile->name, scores.size(),
               options.alert_score, total);
  }
  return kExitOk;
}

}  // namespace rauch::app
