#include "detect/nab/nab_run.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <memory>

#include <fmt/format.h>

#include "detect/volume/volume_detector.h"

namespace rauch::detect::nab {

VolumeOptions nab_volume_options() {
  VolumeOptions o;
  o.bucket_minutes = 5;
  return o;
}

std::int64_t bucket_minutes_of(const std::vector<Row>& rows) {
  std::map<std::int64_t, std::size_t> steps;
  for (std::size_t i = 1; i < rows.size() && i < 10'000; ++i)
    ++steps[(rows[i].time.ms - rows[i - 1].time.ms) / 60'000];
  std::int64_t best = 1;
  std::size_t best_n = 0;
  for (const auto& [minutes, n] : steps)
    if (n > best_n) {
      best = minutes;
      best_n = n;
    }
  return std::max<std::int64_t>(best, 1);
}

Result<FileRun> run_file(const DataFile& file, VolumeOptions options, const Profile& profile) {
  options.bucket_minutes = bucket_minutes_of(file.rows);
  auto detector = VolumeDetector::create(options);
  if (!detector)
    return tl::unexpected(detector.error());
  FileRun run;
  run.key = file.key;
  run.scores.reserve(file.rows.size());
  std::vector<Timestamp> times;
  times.reserve(file.rows.size());
  for (const Row& row : file.rows) {
    auto reading = detector->add(row.time, std::max(0.0, row.value));
    if (!reading)
      return make_error(reading.error().code(), file.key + ": " + reading.error().message());
    run.scores.push_back(reading->score);
    times.push_back(row.time);
  }
  auto score = score_file(times, run.scores, file.windows, profile, options.alert_score);
  if (!score)
    return make_error(score.error().code(), file.key + ": " + score.error().message());
  run.score = *score;
  return run;
}

Result<bool> write_results_csv(const DataFile& file, const FileRun& run,
                               const std::string& path) {
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> out(std::fopen(path.c_str(), "w"),
                                                      &std::fclose);
  if (!out)
    return make_error(ErrorCode::kUnavailable, "cannot write " + path);
  fmt::print(out.get(), "timestamp,value,anomaly_score\n");
  for (std::size_t i = 0; i < file.rows.size(); ++i)
    fmt::print(out.get(), "{},{},{}\n", format_nab_time(file.rows[i].time), file.rows[i].value,
               run.scores[i]);
  if (std::fflush(out.get()) != 0)
    return make_error(ErrorCode::kUnavailable, "cannot write " + path);
  return true;
}

}  // namespace rauch::detect::nab
