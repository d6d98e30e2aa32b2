#pragma once

// Writes a generated demo stream to an NDJSON file (or stdout for "-") and its ground
// truth to a JSON file. Used by `generate`, `demo` and `bench`.

#include <string>

#include "core/error.h"
#include "generate/generator.h"

namespace rauch::app {

// `truth_path` empty: no ground-truth file. kUnavailable when a file cannot be written.
[[nodiscard]] Result<generate::GenerateSummary> write_generated_stream(
    const generate::GenerateOptions& options, const std::string& out_path,
    const std::string& truth_path);

// "demo/posts.ndjson" → "demo/posts.truth.json"; "-" → "".
std::string default_truth_path(const std::string& out_path);

}  // namespace rauch::app
