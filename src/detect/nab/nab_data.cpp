#include "detect/nab/nab_data.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <iterator>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace rauch::detect::nab {
namespace {

namespace fs = std::filesystem;

Result<std::string> read_text(const fs::path& path) {
  std::error_code ec;
  const auto size = fs::file_size(path, ec);
  if (ec)
    return make_error(ErrorCode::kUnavailable, "cannot read " + path.string());
  if (size > kMaxFileBytes)
    return make_error(ErrorCode::kInvalidArgument, path.string() + ": file over the size limit");
  std::ifstream in(path, std::ios::binary);
  if (!in)
    return make_error(ErrorCode::kUnavailable, "cannot read " + path.string());
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.back() == '\r' || s.back() == ' ' || s.back() == '"'))
    s.remove_suffix(1);
  while (!s.empty() && (s.front() == ' ' || s.front() == '"'))
    s.remove_prefix(1);
  return s;
}

std::vector<std::string_view> split(std::string_view line) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= line.size(); ++i)
    if (i == line.size() || line[i] == ',') {
      out.push_back(trim(line.substr(start, i - start)));
      start = i + 1;
    }
  return out;
}

Result<std::vector<Window>> parse_windows(const nlohmann::json& list, const std::string& where) {
  std::vector<Window> out;
  if (!list.is_array())
    return make_error(ErrorCode::kInvalidArgument, where + ": expected a list of windows");
  for (const auto& w : list) {
    if (!w.is_array() || w.size() != 2 || !w[0].is_string() || !w[1].is_string())
      return make_error(ErrorCode::kInvalidArgument, where + ": a window is [\"start\", \"end\"]");
    auto start = parse_nab_time(w[0].get<std::string>());
    auto end = parse_nab_time(w[1].get<std::string>());
    if (!start || !end || end->ms < start->ms)
      return make_error(ErrorCode::kInvalidArgument, where + ": bad window " + w.dump());
    out.push_back({*start, *end});
  }
  std::sort(out.begin(), out.end(), [](const Window& a, const Window& b) {
    return a.start.ms < b.start.ms;
  });
  return out;
}

// The windows files of `dir` (see read_folder); empty when there is none.
std::vector<fs::path> find_windows_files(const fs::path& dir) {
  std::error_code ec;
  if (fs::is_regular_file(dir / "windows.json", ec))
    return {dir / "windows.json"};
  std::vector<fs::path> found;
  for (const auto& entry : fs::directory_iterator(dir, ec))
    if (entry.is_directory(ec) && fs::is_regular_file(entry.path() / "windows.json", ec))
      found.push_back(entry.path() / "windows.json");
  std::sort(found.begin(), found.end());
  if (found.empty() && fs::is_regular_file(dir / "labels" / "combined_windows.json", ec))
    found.push_back(dir / "labels" / "combined_windows.json");
  return found;
}

Result<std::vector<DataFile>> read_windows_file(const fs::path& dir, const fs::path& file) {
  auto text = read_text(file);
  if (!text)
    return tl::unexpected(text.error());
  const nlohmann::json doc = nlohmann::json::parse(*text, nullptr, false);
  if (doc.is_discarded() || !doc.is_object())
    return make_error(ErrorCode::kInvalidArgument, file.string() + ": not a JSON object");
  std::vector<DataFile> out;
  for (const auto& [key, list] : doc.items()) {
    DataFile data;
    data.key = key;
    auto windows = parse_windows(list, file.string() + ": " + key);
    if (!windows)
      return tl::unexpected(windows.error());
    data.windows = std::move(*windows);
    std::error_code ec;
    fs::path csv = dir / key;
    if (!fs::is_regular_file(csv, ec))
      csv = file.parent_path() / fs::path(key).filename();
    auto contents = read_text(csv);
    if (!contents)
      return tl::unexpected(contents.error());
    auto rows = parse_csv(*contents, csv.string());
    if (!rows)
      return tl::unexpected(rows.error());
    data.rows = std::move(*rows);
    out.push_back(std::move(data));
  }
  return out;
}

}  // namespace

Result<Timestamp> parse_nab_time(std::string_view text) {
  text = trim(text);
  auto t = parse_rfc3339(std::string(text) + "Z");
  if (!t)
    return make_error(ErrorCode::kInvalidArgument,
                      fmt::format("bad NAB timestamp '{}': {}", text, t.error().message()));
  return t;
}

std::string format_nab_time(Timestamp t) {
  const CivilTime c = to_civil(t);
  return fmt::format("{:04}-{:02}-{:02} {:02}:{:02}:{:02}", c.year, c.month, c.day, c.hour,
                     c.minute, c.second);
}

Result<std::vector<Row>> parse_csv(std::string_view contents, std::string_view path) {
  std::vector<Row> rows;
  std::size_t line_no = 0, time_col = 0, value_col = 0;
  std::size_t pos = 0;
  bool header = true;
  while (pos < contents.size()) {
    std::size_t end = contents.find('\n', pos);
    if (end == std::string_view::npos)
      end = contents.size();
    const std::string_view line = trim(contents.substr(pos, end - pos));
    pos = end + 1;
    ++line_no;
    if (line.empty())
      continue;
    const auto cells = split(line);
    auto fail = [&](std::string_view why) {
      return make_error(ErrorCode::kInvalidArgument, fmt::format("{}:{}: {}", path, line_no, why));
    };
    if (header) {
      const auto t = std::find(cells.begin(), cells.end(), "timestamp");
      const auto v = std::find(cells.begin(), cells.end(), "value");
      if (t == cells.end() || v == cells.end())
        return fail("expected a header with columns timestamp and value");
      time_col = static_cast<std::size_t>(t - cells.begin());
      value_col = static_cast<std::size_t>(v - cells.begin());
      header = false;
      continue;
    }
    if (cells.size() <= std::max(time_col, value_col))
      return fail("too few columns");
    auto time = parse_nab_time(cells[time_col]);
    if (!time)
      return fail(time.error().message());
    Row row{*time, 0};
    const std::string_view v = cells[value_col];
    const auto [ptr, ec] = std::from_chars(v.data(), v.data() + v.size(), row.value);
    if (ec != std::errc() || ptr != v.data() + v.size() || !std::isfinite(row.value))
      return fail(fmt::format("bad value '{}'", v));
    if (!rows.empty() && row.time.ms <= rows.back().time.ms)
      return fail("timestamps must increase");
    rows.push_back(row);
  }
  if (header)
    return make_error(ErrorCode::kInvalidArgument, fmt::format("{}: empty file", path));
  return rows;
}

Result<std::vector<DataFile>> read_folder(const std::string& dir) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec))
    return make_error(ErrorCode::kUnavailable, "not a folder: " + dir);
  const std::vector<fs::path> windows = find_windows_files(dir);
  if (windows.empty())
    return make_error(ErrorCode::kUnavailable,
                      "no windows.json in " + dir + " or its subfolders (NAB layout)");
  std::vector<DataFile> out;
  for (const fs::path& file : windows) {
    auto files = read_windows_file(dir, file);
    if (!files)
      return tl::unexpected(files.error());
    std::move(files->begin(), files->end(), std::back_inserter(out));
  }
  std::sort(out.begin(), out.end(),
            [](const DataFile& a, const DataFile& b) { return a.key < b.key; });
  return out;
}

}  // namespace rauch::detect::nab
