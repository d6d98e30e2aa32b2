#include "generate/generator.h"

#include <algorithm>
#include <array>
#include <cmath>

#include <fmt/format.h>

#include "generate/detail/author_pool.h"
#include "generate/detail/baseline.h"
#include "generate/detail/emitter.h"
#include "generate/detail/scenario.h"

namespace rauch::generate {
namespace {

constexpr std::array<std::string_view, 6> kScenarioNames = {"baseline", "launch-delay", "scandal",
                                                            "hijack",   "hotline",      "climate"};

using Planner = detail::ScenarioPlan (*)(const detail::ScenarioContext&);
// Indexed like kScenarioNames; baseline has no planner (it is always on).
constexpr std::array<Planner, 6> kPlanners = {nullptr,
                                              detail::plan_launch_delay,
                                              detail::plan_scandal,
                                              detail::plan_hijack,
                                              detail::plan_hotline,
                                              detail::plan_climate};

constexpr int kMaxDays = 3660;
constexpr int kMinScenarioDays = 7;
constexpr double kMaxVolume = 1000.0;

// Which scenarios are on, in documentation order, or the error naming the unknown one.
Result<std::array<bool, 6>> select_scenarios(const std::vector<std::string>& names) {
  std::array<bool, 6> selected{};
  for (const std::string& name : names) {
    if (name == "all") {
      selected.fill(true);
      continue;
    }
    const auto it = std::find(kScenarioNames.begin(), kScenarioNames.end(), name);
    if (it == kScenarioNames.end()) {
      return make_error(ErrorCode::kInvalidArgument,
                        fmt::format("unknown scenario '{}'; valid scenarios: {}, all", name,
                                    fmt::join(kScenarioNames, ", ")));
    }
    selected[static_cast<std::size_t>(it - kScenarioNames.begin())] = true;
  }
  return selected;
}

Result<std::array<bool, 6>> validate(const GenerateOptions& options) {
  if (options.days < 1 || options.days > kMaxDays) {
    return make_error(
        ErrorCode::kInvalidArgument,
        fmt::format("days must be between 1 and {} (got {})", kMaxDays, options.days));
  }
  if (!std::isfinite(options.volume) || options.volume <= 0.0 || options.volume > kMaxVolume) {
    return make_error(
        ErrorCode::kInvalidArgument,
        fmt::format("volume must be > 0 and <= {} (got {})", kMaxVolume, options.volume));
  }
  auto selected = select_scenarios(options.scenarios);
  if (!selected) {
    return selected;
  }
  const bool any_story =
      std::any_of(selected->begin() + 1, selected->end(), [](bool on) { return on; });
  if (any_story && options.days < kMinScenarioDays) {
    return make_error(ErrorCode::kInvalidArgument,
                      fmt::format("scenarios other than baseline need days >= {} (got {})",
                                  kMinScenarioDays, options.days));
  }
  return selected;
}

}  // namespace

std::span<const std::string_view> all_scenario_names() { return kScenarioNames; }

Result<GenerateSummary> generate(const GenerateOptions& options,
                                 const std::function<void(const Post&)>& sink) {
  auto selected = validate(options);
  if (!selected) {
    return tl::unexpected(selected.error());
  }
  const Timestamp end{options.start.ms + options.days * kMillisPerDay};
  const detail::AuthorPool authors(options.seed);
  const detail::ScenarioContext ctx{authors,       options.seed, options.volume,
                                    options.start, end,          options.days};
  GenerateSummary summary;
  std::vector<detail::ScenarioStream> streams;
  for (std::size_t i = 1; i < kScenarioNames.size(); ++i) {
    if (!(*selected)[i]) {
      continue;
    }
    detail::ScenarioPlan plan = kPlanners[i](ctx);
    detail::sort_drafts(plan.drafts);
    summary.events.push_back(GroundTruthEvent{
        std::move(plan.name), plan.start, plan.end, std::move(plan.description), {}});
    summary.events.back().post_keys.reserve(plan.drafts.size());
    streams.push_back(detail::ScenarioStream{std::move(plan.drafts), 0, summary.events.size() - 1});
  }
  detail::Baseline baseline(authors, options.seed, options.volume);
  detail::DraftBuffer day;
  detail::Emitter emitter(sink, summary, streams);
  for (int d = 0; d < options.days; ++d) {
    const Timestamp day_start{options.start.ms + d * kMillisPerDay};
    baseline.generate_day(d, day_start, day);
    emitter.emit_until(day, Timestamp{day_start.ms + kMillisPerDay});
  }
  return summary;
}

}  // namespace rauch::generate
