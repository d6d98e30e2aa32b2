#pragma once

// A post's analysis as JSON: what `rauchmelder analyze` prints and what the store keeps
// of the spans and links (docs/text-analysis.md, "Output").

#include <span>
#include <string>

#include "core/post_analysis.h"

namespace rauch {

// {"language":"de","language_source":"detected","sentiment":-0.62,"sentiment_label":
// "negative","intent":"complaint","offensive":0,"text_offset":0,"spans":[...],"links":[...]}
void append_analysis_json(const PostAnalysis& analysis, std::string& out);

// [{"begin":10,"end":28,"kind":"problem","value":"funktioniert nicht"}, ...]
void append_spans_json(std::span<const AnalysisSpan> spans, std::string& out);
// [{"url":...,"domain":...,"shortener":false,"lookalike_of":"","reason":""}, ...]
void append_links_json(std::span<const AnalysisLink> links, std::string& out);

}  // namespace rauch
