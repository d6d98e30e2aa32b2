#pragma once

// The model file: a small little-endian binary that stores only the non-zero weight rows.
//
//   "RAUCHLM1"                       8 bytes magic (the 1 is the format version)
//   u32 bucket_bits, u8 word_ngrams, u8 char_min, u8 char_max, u8 flags (1 = hashtag words)
//   u32 classes, u32 dense_features
//   per class: u32 length, label bytes (UTF-8)
//   f32 bias[classes], f32 dense[dense_features * classes]
//   u32 rows, then per row: u32 bucket, f32 weights[classes]   (buckets ascending)
//
// Rows whose weights are all below 1e-6 in magnitude are dropped (L2 keeps many rows
// near zero), which keeps the file a fraction of the in-memory size.

#include <cstddef>
#include <span>
#include <string>

#include "core/error.h"
#include "text/model/linear_model.h"

namespace rauch::text::model {

// The serialized bytes of `model`.
std::string serialize(const LinearModel& model);

// Reads a model. Errors: kInvalidArgument for a truncated, corrupt or over-limit file.
Result<LinearModel> deserialize(std::span<const char> bytes);

// File versions. Errors: kUnavailable when the file cannot be read or written.
Result<void> save_model(const LinearModel& model, const std::string& path);
Result<LinearModel> load_model(const std::string& path);

}  // namespace rauch::text::model
