#include "core/post_analysis_json.h"

#include <iterator>

#include <fmt/format.h>

#include "core/post_json.h"

namespace rauch {
namespace {

void append_member(std::string_view name, std::string_view value, std::string& out) {
  append_json_string(name, out);
  out += ':';
  append_json_string(value, out);
}

}  // namespace

void append_spans_json(std::span<const AnalysisSpan> spans, std::string& out) {
  out += '[';
  for (std::size_t i = 0; i < spans.size(); ++i) {
    const AnalysisSpan& span = spans[i];
    if (i > 0) out += ',';
    fmt::format_to(std::back_inserter(out), "{{\"begin\":{},\"end\":{},", span.begin, span.end);
    append_member("kind", span.kind, out);
    out += ',';
    append_member("value", span.value, out);
    out += '}';
  }
  out += ']';
}

void append_links_json(std::span<const AnalysisLink> links, std::string& out) {
  out += '[';
  for (std::size_t i = 0; i < links.size(); ++i) {
    const AnalysisLink& link = links[i];
    if (i > 0) out += ',';
    out += '{';
    append_member("url", link.url, out);
    out += ',';
    append_member("domain", link.domain, out);
    out += link.shortener ? ",\"shortener\":true," : ",\"shortener\":false,";
    append_member("lookalike_of", link.lookalike_of, out);
    out += ',';
    append_member("reason", link.reason, out);
    out += '}';
  }
  out += ']';
}

void append_analysis_json(const PostAnalysis& analysis, std::string& out) {
  out += '{';
  append_member("language", analysis.language, out);
  out += ',';
  append_member("language_source", analysis.language_source, out);
  // Three decimals: more is noise, and the output stays readable.
  fmt::format_to(std::back_inserter(out), ",\"sentiment\":{:.3f},", analysis.sentiment);
  append_member("sentiment_label", analysis.sentiment_label, out);
  out += ',';
  append_member("intent", analysis.intent, out);
  fmt::format_to(std::back_inserter(out), ",\"offensive\":{:.3f},\"text_offset\":{},\"spans\":",
                 analysis.offensive, analysis.text_offset);
  append_spans_json(analysis.spans, out);
  out += ",\"links\":";
  append_links_json(analysis.links, out);
  out += '}';
}

}  // namespace rauch
