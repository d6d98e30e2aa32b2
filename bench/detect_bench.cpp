// The volume-burst detector per bucket (1-minute buckets, product defaults): what one
// query costs per minute of event time. Items are buckets.
//
//   build/h/bench/rauch_detect_bench

#include <cstdint>
#include <random>
#include <vector>

#include <benchmark/benchmark.h>

#include "detect/volume/volume_detector.h"

namespace rauch::detect {
namespace {

void BM_VolumeDetectorAdd(benchmark::State& state) {
  std::mt19937 rng(7);
  std::poisson_distribution<int> counts(20.0);
  std::vector<double> values(1 << 16);
  for (double& v : values)
    v = counts(rng);
  auto detector = VolumeDetector::create(VolumeOptions{}).value();
  std::int64_t minute = 0;
  for (auto _ : state) {
    auto r = detector.add(Timestamp{minute * 60'000}, values[static_cast<std::size_t>(minute) &
                                                             (values.size() - 1)]);
    benchmark::DoNotOptimize(r);
    ++minute;
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_VolumeDetectorAdd);

}  // namespace
}  // namespace rauch::detect
