#pragma once

// What text analysis found in a post (docs/text-analysis.md), as stored with the post and
// read by later stages: query fields (sentiment:, intent:, lang:), care, detection.
// Spans are byte offsets into the post's analysis text: its `text`, or, when the post has
// a title, title + "\n" + text (then `text_offset` is where `text` starts).

#include <cstdint>
#include <string>
#include <vector>

namespace rauch {

// Labels as their names ("negative", "complaint"), so the store and the API need no
// table of enum values that could drift from text/.
struct AnalysisSpan {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  std::string kind;   // "email", "phone", "iban", "customer_number", "problem", "insult"
  std::string value;  // Canonical form: "+491712345678", "funktioniert nicht", the why
  friend bool operator==(const AnalysisSpan&, const AnalysisSpan&) = default;
};

struct AnalysisLink {
  std::string url;
  std::string domain;        // Registrable domain ("velora.de"), "" when none.
  bool shortener = false;    // bit.ly, t.co, ...
  std::string lookalike_of;  // A brand domain it imitates, "" when none.
  std::string reason;        // Why it is a lookalike.
  friend bool operator==(const AnalysisLink&, const AnalysisLink&) = default;
};

struct PostAnalysis {
  std::string language = "und";  // Detected ISO 639-1 code, or "und".
  // Where `language` comes from: "detected" (the text), "author" (the author's usual
  // language, for a post too short to detect), "stated" (the post's own lang field),
  // "none" (nothing to go on: "und"); "" in analyses stored before it was recorded.
  std::string language_source = "none";
  float sentiment = 0;            // [-1, 1]
  std::string sentiment_label = "neutral";
  std::string intent = "other";
  float offensive = 0;  // [0, 1]
  std::uint32_t text_offset = 0;
  std::vector<AnalysisSpan> spans;  // PII, problem phrases, insults; by begin.
  std::vector<AnalysisLink> links;

  // Resets every field, keeping capacity.
  void clear();
  friend bool operator==(const PostAnalysis&, const PostAnalysis&) = default;
};

}  // namespace rauch
