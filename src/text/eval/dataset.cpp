#include "text/eval/dataset.h"

#include <algorithm>
#include <charconv>
#include <fstream>
#include <iterator>
#include <set>

#include <fmt/format.h>

namespace rauch::text::eval {
namespace {

struct Format {
  std::string_view name;
  std::string_view lang;
  std::string_view text_column;
  std::string_view label_column;  // empty: derived from the rating column
  std::vector<std::string> labels;  // empty: the labels found in the file
  std::string_view skip_label;
};

const std::vector<Format>& formats() {
  static const std::vector<Format> kFormats = {
      {"vader", "en", "text", "", {"negative", "neutral", "positive"}, ""},
      {"sb10k", "de", "text", "label", {"negative", "neutral", "positive"}, ""},
      {"umsab_german", "de", "text", "label", {"negative", "neutral", "positive"}, ""},
      {"potts", "de", "text_tokenized", "label", {"negative", "neutral", "positive"}, "mixed"},
      {"complaints", "en", "text", "label", {"complaint", "not_complaint"}, ""},
      {"tweeteval", "en", "text", "label", {}, ""},
  };
  return kFormats;
}

std::vector<std::string_view> split_tabs(std::string_view line) {
  std::vector<std::string_view> out;
  while (true) {
    const std::size_t tab = line.find('\t');
    out.push_back(line.substr(0, tab));
    if (tab == std::string_view::npos)
      return out;
    line.remove_prefix(tab + 1);
  }
}

std::vector<std::string_view> split_lines(std::string_view contents) {
  std::vector<std::string_view> lines;
  while (!contents.empty()) {
    const std::size_t eol = contents.find('\n');
    std::string_view line = contents.substr(0, eol);
    contents.remove_prefix(eol == std::string_view::npos ? contents.size() : eol + 1);
    if (!line.empty() && line.back() == '\r')
      line.remove_suffix(1);
    lines.push_back(line);
  }
  return lines;
}

}  // namespace

std::vector<std::string_view> dataset_names() {
  std::vector<std::string_view> out;
  for (const Format& f : formats())
    out.push_back(f.name);
  return out;
}

Result<Dataset> parse_dataset(std::string_view name, std::string_view contents,
                              std::string_view path) {
  const auto& all = formats();
  const auto format = std::find_if(all.begin(), all.end(),
                                   [&](const Format& f) { return f.name == name; });
  if (format == all.end())
    return make_error(ErrorCode::kInvalidArgument,
                      fmt::format("unknown data set '{}' (known: {})", name,
                                  fmt::join(dataset_names(), ", ")));
  const std::vector<std::string_view> lines = split_lines(contents);
  if (lines.empty())
    return make_error(ErrorCode::kInvalidArgument, fmt::format("{}: empty file", path));
  const auto header = split_tabs(lines[0]);
  auto column = [&](std::string_view col) -> std::size_t {
    const auto it = std::find(header.begin(), header.end(), col);
    return it == header.end() ? header.size() : static_cast<std::size_t>(it - header.begin());
  };
  const bool rated = format->label_column.empty();
  const std::size_t text_col = column(format->text_column);
  const std::size_t label_col = column(rated ? "mean_sentiment" : format->label_column);
  if (text_col == header.size() || label_col == header.size())
    return make_error(ErrorCode::kInvalidArgument,
                      fmt::format("{}:1: header lacks column '{}' or '{}'", path,
                                  format->text_column,
                                  rated ? "mean_sentiment" : format->label_column));
  Dataset out;
  out.name = std::string(name);
  out.lang = std::string(format->lang);
  out.labels = format->labels;
  if (out.labels.empty()) {
    std::set<std::string> found;
    for (std::size_t i = 1; i < lines.size(); ++i) {
      const auto fields = split_tabs(lines[i]);
      if (label_col < fields.size())
        found.emplace(fields[label_col]);
    }
    out.labels.assign(found.begin(), found.end());
  }
  for (std::size_t i = 1; i < lines.size(); ++i) {
    if (lines[i].empty())
      continue;
    if (lines[i].size() > kMaxLineBytes)
      return make_error(ErrorCode::kInvalidArgument, fmt::format("{}:{}: line too long", path, i + 1));
    const auto fields = split_tabs(lines[i]);
    if (fields.size() <= std::max(text_col, label_col))
      return make_error(ErrorCode::kInvalidArgument,
                        fmt::format("{}:{}: expected {} columns", path, i + 1, header.size()));
    LabeledText row;
    row.text = std::string(fields[text_col]);
    std::string_view label = fields[label_col];
    if (rated) {
      double rating = 0;
      const auto [end, ec] = std::from_chars(label.data(), label.data() + label.size(), rating);
      if (ec != std::errc() || end != label.data() + label.size())
        return make_error(ErrorCode::kInvalidArgument,
                          fmt::format("{}:{}: bad rating '{}'", path, i + 1, label));
      row.rating = rating;
      label = rating > 0.05 ? "positive" : rating < -0.05 ? "negative" : "neutral";
    }
    if (!format->skip_label.empty() && label == format->skip_label) {
      ++out.skipped;
      continue;
    }
    const auto it = std::find(out.labels.begin(), out.labels.end(), label);
    if (it == out.labels.end())
      return make_error(ErrorCode::kInvalidArgument,
                        fmt::format("{}:{}: unknown label '{}'", path, i + 1, label));
    row.label = static_cast<std::size_t>(it - out.labels.begin());
    out.rows.push_back(std::move(row));
  }
  return out;
}

Result<Dataset> read_dataset(std::string_view name, const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in)
    return make_error(ErrorCode::kUnavailable, "cannot read " + path);
  std::string contents;
  contents.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  if (contents.size() > kMaxDatasetBytes)
    return make_error(ErrorCode::kInvalidArgument, path + ": file over the size limit");
  return parse_dataset(name, contents, path);
}

}  // namespace rauch::text::eval
