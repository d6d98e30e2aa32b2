#pragma once

// Synthetic demo streams: German and English posts about the fictional brand Velora and
// two competitors, with scenarios (scandal, hijack, ...) switched on by name, and a
// ground truth of what each scenario did. Deterministic: the same options and seed give
// byte-identical output on every machine. See docs/demo-data.md.

#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.h"
#include "core/post.h"

namespace rauch::generate {

// The scenario names `generate --scenario` accepts, in documentation order.
std::span<const std::string_view> all_scenario_names();

struct GenerateOptions {
  std::vector<std::string> scenarios;  // Names from all_scenario_names(); "all" expands.
  std::uint64_t seed = 1;
  int days = 28;                       // Length of the stream, 1..3660.
  // First instant of the stream. A fixed Monday by default, so output never depends on
  // the wall clock.
  Timestamp start = Timestamp{1790553600000};  // 2026-09-28T00:00:00Z
  // Scales the baseline volume (1.0 = about 1,500 posts a day); benchmarks raise it.
  double volume = 1.0;
};

// What one scenario did: when, which posts it wrote (their source and id), and a
// sentence a person can check detection against.
struct GroundTruthEvent {
  std::string scenario;
  Timestamp start;
  Timestamp end;
  std::string description;
  std::vector<std::string> post_keys;  // "source:id", e.g. "twitter:t-1839"
};

struct GenerateSummary {
  std::int64_t posts = 0;
  std::vector<GroundTruthEvent> events;
};

// Writes the stream to `sink` in created_at order, one post at a time (memory stays flat
// in the number of days). Returns kInvalidArgument for an unknown scenario name or days
// out of range; never fails otherwise.
[[nodiscard]] Result<GenerateSummary> generate(const GenerateOptions& options,
                                               const std::function<void(const Post&)>& sink);

// The ground truth as a JSON document (stable key order), for `generate --truth`.
std::string ground_truth_json(const GenerateOptions& options, const GenerateSummary& summary);

}  // namespace rauch::generate
