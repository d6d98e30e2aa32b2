#pragma once

// `rauchmelder eval nab`: the volume-burst detector on Numenta Anomaly Benchmark files,
// scored as NAB does (docs/detection.md#nab-evaluation).

#include <string>

namespace rauch::app {

struct EvalNabArgs {
  std::string data;     // NAB folder (windows.json + CSVs)
  std::string profile;  // standard, low_fp or low_fn
  std::string results;  // when set: write NAB result CSVs under this folder
  bool json = false;
};

// Prints per-file and total scores; returns the process exit code.
int run_eval_nab(const EvalNabArgs& args);

}  // namespace rauch::app
