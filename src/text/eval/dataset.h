#pragma once

// Readers for the labelled evaluation sets in ../shared/data (and their held-out test
// files, which have the same format). Each is a TSV with a header; columns are found by
// name, so any file of the folder's format works:
//   vader         id, mean_sentiment, text    label from the rating: > 0.05 positive,
//                                             < -0.05 negative, else neutral (README)
//   sb10k         id, label, text             negative / neutral / positive
//   umsab_german  id, label, text             negative / neutral / positive
//   potts         id, label, topic, text_tokenized   "mixed" rows are skipped (as the
//                                             corpus author's experiments do)
//   complaints    id, label, domain, text     complaint / not_complaint
//   tweeteval     id, label, text             the labels found in the file (sorted)

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.h"

namespace rauch::text::eval {

// Limits: a data set file is read whole; a line longer than this is an error.
inline constexpr std::size_t kMaxDatasetBytes = std::size_t{512} << 20;
inline constexpr std::size_t kMaxLineBytes = std::size_t{1} << 20;

struct LabeledText {
  std::string text;
  std::size_t label = 0;         // index into Dataset::labels
  std::optional<double> rating;  // vader's mean_sentiment
};

struct Dataset {
  std::string name;
  std::string lang;  // "de" or "en"
  std::vector<std::string> labels;
  std::vector<LabeledText> rows;
  std::size_t skipped = 0;  // rows left out by rule (potts "mixed")
};

// The names read_dataset() knows.
std::vector<std::string_view> dataset_names();

// Reads `path` in the format of data set `name`. Errors: kInvalidArgument for an unknown
// name, a missing column or an unknown label (with file:line); kUnavailable when the file
// cannot be read.
Result<Dataset> read_dataset(std::string_view name, const std::string& path);

// The same over the contents of a file (for tests).
Result<Dataset> parse_dataset(std::string_view name, std::string_view contents,
                              std::string_view path_for_messages);

}  // namespace rauch::text::eval
