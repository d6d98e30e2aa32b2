#pragma once

// Runs the volume detector over NAB data files and scores the result with NAB's scorer:
// what `rauchmelder eval nab` does. The detector sees each file as one stream, row by
// row, with the same fixed options for every file (no per-file tuning); only the bucket
// width is taken from the file (its most common time step, in whole minutes).

#include <string>
#include <vector>

#include "core/error.h"
#include "detect/nab/nab_data.h"
#include "detect/nab/nab_scorer.h"
#include "detect/volume/volume_options.h"

namespace rauch::detect::nab {

// The detector options used for NAB: the product defaults with 5-minute buckets.
// Documented in docs/detection.md#nab-evaluation.
VolumeOptions nab_volume_options();

struct FileRun {
  std::string key;
  std::vector<double> scores;  // the detector's score per row, [0, 1]
  FileScore score;
};

// The most common step between rows, in whole minutes (at least 1).
std::int64_t bucket_minutes_of(const std::vector<Row>& rows);

// Runs a fresh detector (`options`, bucket width from the file) over `file` and scores it
// at `options.alert_score`. Errors: those of VolumeDetector::create/add and score_file.
[[nodiscard]] Result<FileRun> run_file(const DataFile& file, VolumeOptions options,
                                       const Profile& profile);

// Writes the per-row results in NAB's results layout (`timestamp,value,anomaly_score`) to
// `path`. Errors: kUnavailable when the file cannot be written.
[[nodiscard]] Result<bool> write_results_csv(const DataFile& file, const FileRun& run,
                                             const std::string& path);

}  // namespace rauch::detect::nab
