#include "store/sqlite/analyses.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "core/post_analysis_json.h"

namespace rauch::store::sqlite {
namespace {

// Spans and links as one JSON document: they are read whole, never queried by SQL.
std::string details_json(const PostAnalysis& analysis) {
  if (analysis.spans.empty() && analysis.links.empty()) return {};
  std::string out = "{\"spans\":";
  append_spans_json(analysis.spans, out);
  out += ",\"links\":";
  append_links_json(analysis.links, out);
  out += '}';
  return out;
}

void read_details(std::string_view json, PostAnalysis& out) {
  if (json.empty()) return;
  const nlohmann::json details = nlohmann::json::parse(json, nullptr, /*allow_exceptions=*/false);
  if (!details.is_object()) return;
  for (const auto& span : details.value("spans", nlohmann::json::array())) {
    out.spans.push_back({span.value("begin", 0u), span.value("end", 0u),
                         span.value("kind", std::string()), span.value("value", std::string())});
  }
  for (const auto& link : details.value("links", nlohmann::json::array())) {
    out.links.push_back({link.value("url", std::string()), link.value("domain", std::string()),
                         link.value("shortener", false), link.value("lookalike_of", std::string()),
                         link.value("reason", std::string())});
  }
}

}  // namespace

Result<void> insert_analysis(Statement& insert, std::int64_t post_rowid,
                             const PostAnalysis& analysis) {
  const std::string details = details_json(analysis);
  insert.reset();
  insert.bind_int64(1, post_rowid);
  insert.bind_text(2, analysis.language);
  insert.bind_double(3, static_cast<double>(analysis.sentiment));
  insert.bind_text(4, analysis.sentiment_label);
  insert.bind_text(5, analysis.intent);
  insert.bind_double(6, static_cast<double>(analysis.offensive));
  insert.bind_int64(7, static_cast<std::int64_t>(analysis.text_offset));
  insert.bind_text_or_null(8, details);
  insert.bind_text(9, analysis.language_source);
  return insert.run();
}

PostAnalysis read_analysis_columns(const Statement& stmt, int first) {
  PostAnalysis analysis;
  analysis.language = std::string(stmt.column_text(first));
  analysis.sentiment = static_cast<float>(stmt.column_double(first + 1));
  analysis.sentiment_label = std::string(stmt.column_text(first + 2));
  analysis.intent = std::string(stmt.column_text(first + 3));
  analysis.offensive = static_cast<float>(stmt.column_double(first + 4));
  analysis.text_offset = static_cast<std::uint32_t>(stmt.column_int64(first + 5));
  read_details(stmt.column_text(first + 6), analysis);
  analysis.language_source = std::string(stmt.column_text(first + 7));
  return analysis;
}

Result<std::optional<PostAnalysis>> read_analysis(sqlite3* db, Source source,
                                                  std::string_view post_id) {
  auto select = Statement::prepare(
      db, fmt::format("SELECT {} FROM posts p JOIN analyses a ON a.post_rowid = p.rowid "
                      "WHERE p.source = ?1 AND p.ext_id = ?2",
                      kAnalysisColumns));
  if (!select) return tl::unexpected(select.error());
  select->bind_text(1, source_name(source));
  select->bind_text(2, post_id);
  auto row = select->step();
  if (!row) return tl::unexpected(row.error());
  if (!*row) return std::optional<PostAnalysis>();
  return std::optional<PostAnalysis>(read_analysis_columns(*select, 0));
}

}  // namespace rauch::store::sqlite
