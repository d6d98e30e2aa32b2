#pragma once

// Numenta Anomaly Benchmark data (https://github.com/numenta/NAB): a data file is a CSV
// `timestamp,value` (timestamps "YYYY-MM-DD HH:MM:SS", naive; read here as UTC), and
// windows.json maps "category/file.csv" to its labelled anomaly windows
// [["start", "end"], ...] (start and end are timestamps of rows of the file, inclusive).

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.h"
#include "core/timestamp.h"

namespace rauch::detect::nab {

// Limits on input: a CSV or windows.json larger than this is refused.
inline constexpr std::size_t kMaxFileBytes = std::size_t{256} << 20;

struct Row {
  Timestamp time;
  double value = 0;
};

struct Window {
  Timestamp start;  // inclusive
  Timestamp end;    // inclusive
};

struct DataFile {
  std::string key;  // as in windows.json: "realTweets/Twitter_volume_AAPL.csv"
  std::vector<Row> rows;
  std::vector<Window> windows;  // sorted by start
};

// Parses a NAB data CSV. Columns are found by name (timestamp, value); rows must be in
// increasing time order. Errors: kInvalidArgument with "path:line: reason".
[[nodiscard]] Result<std::vector<Row>> parse_csv(std::string_view contents,
                                                 std::string_view path_for_messages);

// Parses NAB's time format "YYYY-MM-DD HH:MM:SS[.ffffff]" as UTC.
[[nodiscard]] Result<Timestamp> parse_nab_time(std::string_view text);
// Formats as NAB does in data and result files: "YYYY-MM-DD HH:MM:SS".
std::string format_nab_time(Timestamp t);

// Reads a NAB folder: the windows file is DIR/windows.json, else DIR/*/windows.json (one
// per category, as in ../shared/data/nab), else DIR/labels/combined_windows.json; each of
// its keys is read as DIR/KEY or, failing that, as the file of that name next to the
// windows file. Files come sorted by key. Errors: kUnavailable when no windows file or a
// listed CSV cannot be read; kInvalidArgument for malformed content.
[[nodiscard]] Result<std::vector<DataFile>> read_folder(const std::string& dir);

}  // namespace rauch::detect::nab
