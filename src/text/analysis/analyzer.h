#pragma once

// The Analyzer runs every text analysis on a post once (language, sentiment, intent and
// problem phrases, insults, PII, links and lookalike domains) and fills a PostAnalysis,
// the record the store keeps and later stages read. Built once (lexicons, models, ICU,
// the brand's domains), then shared: analyze() is const and thread-safe, each thread
// passing its own AnalysisScratch.

#include <memory>
#include <string>
#include <vector>

#include "core/error.h"
#include "core/post.h"
#include "core/post_analysis.h"
#include "text/pii/pii.h"
#include "text/tokens.h"

namespace rauch::text {

struct AnalyzerOptions {
  // The brand's own domains; links imitating them are flagged as lookalikes.
  std::vector<std::string> brand_domains;
  PiiOptions pii;
  bool sentiment_models = true;  // false: sentiment from the rules only
};

// Per-thread working memory of analyze().
struct AnalysisScratch {
  std::string text;  // The analysis text of a post with a title (title + "\n" + text).
  TokenizedText tokens;
  std::string language_scratch;
};

class Analyzer {
 public:
  [[nodiscard]] static Result<std::unique_ptr<Analyzer>> create(const AnalyzerOptions& options);
  ~Analyzer();
  Analyzer(const Analyzer&) = delete;
  Analyzer& operator=(const Analyzer&) = delete;

  // `author_language` is the author's usual language when known ("" otherwise): the
  // fallback for posts too short to detect.
  void analyze(const Post& post, std::string_view author_language, AnalysisScratch& scratch,
               PostAnalysis& out) const;

 private:
  struct Parts;
  explicit Analyzer(std::unique_ptr<Parts> parts);
  std::unique_ptr<Parts> parts_;
};

}  // namespace rauch::text
