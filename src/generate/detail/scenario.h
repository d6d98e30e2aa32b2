#pragma once

// Scenarios: stories laid on top of the baseline (a scandal, a hijacked account, ...).
// Each one plans all its posts up front (a few thousand at most, independent of the
// stream's length), as drafts with their own random stream, so that switching one on
// does not change the others or the baseline's draws.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "generate/detail/author_pool.h"
#include "generate/detail/draft.h"
#include "generate/detail/grammar.h"
#include "generate/detail/text_noise.h"

namespace rauch::generate::detail {

struct ScenarioContext {
  const AuthorPool& authors;
  std::uint64_t seed;
  double volume;
  Timestamp stream_start;
  Timestamp stream_end;
  int days;
};

struct ScenarioPlan {
  std::string name;
  Timestamp start;  // The ground-truth window [start, end); every post lies inside.
  Timestamp end;
  std::string description;
  std::vector<Draft> drafts;  // Unsorted; the caller sorts them.
};

// The day of a scenario: its day in the reference 28-day stream, scaled to `days`.
int scaled_day(int reference_day, int days);
// hh:mm Berlin time on day `day` of the stream.
Timestamp stream_instant(const ScenarioContext& ctx, int day, int hour, int minute);
// The Friday (local) nearest to `day` from which Friday + 3 days still lies in the stream,
// or the last Friday in the stream when none fits.
int friday_near(const ScenarioContext& ctx, int day);

// Number of posts for a scenario that scales with the baseline volume.
std::size_t scaled_count(double base, double volume);

// Adds a draft written by `author`, with language label, metrics and the rendered text.
// `parent` is an index into plan.drafts or -1. A reply's text starts with @parent.
Draft& add_scenario_post(ScenarioPlan& plan, const PoolAuthor& author, Source source, PostKind kind,
                         Timestamp at, std::int32_t parent);
void write_scenario_text(Post& post, const Grammar& grammar, std::string_view list, Lang lang,
                         Rng& rng, const NoiseLevel& noise, double virality);

ScenarioPlan plan_launch_delay(const ScenarioContext& ctx);
ScenarioPlan plan_scandal(const ScenarioContext& ctx);
ScenarioPlan plan_hijack(const ScenarioContext& ctx);
ScenarioPlan plan_hotline(const ScenarioContext& ctx);
ScenarioPlan plan_climate(const ScenarioContext& ctx);

}  // namespace rauch::generate::detail
