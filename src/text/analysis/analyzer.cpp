#include "text/analysis/analyzer.h"

#include <algorithm>
#include <optional>

#include "text/domains/link_info.h"
#include "text/domains/lookalike.h"
#include "text/insult/insult.h"
#include "text/intent/intent.h"
#include "text/language/language.h"
#include "text/sentiment/sentiment.h"

namespace rauch::text {

struct Analyzer::Parts {
  sentiment::SentimentAnalyzer sentiment;
  IntentClassifier intent;
  InsultDetector insults;
  LinkAnalyzer links;
  std::optional<LookalikeDetector> lookalikes;  // Only with configured brand domains.
  PiiOptions pii;
};

Analyzer::Analyzer(std::unique_ptr<Parts> parts) : parts_(std::move(parts)) {}
Analyzer::~Analyzer() = default;

Result<std::unique_ptr<Analyzer>> Analyzer::create(const AnalyzerOptions& options) {
  sentiment::SentimentOptions sentiment_options;
  sentiment_options.use_models = options.sentiment_models;
  auto sentiment = sentiment::SentimentAnalyzer::create(sentiment_options);
  if (!sentiment) return tl::unexpected(sentiment.error());
  auto links = LinkAnalyzer::create();
  if (!links) return tl::unexpected(links.error());
  std::optional<LookalikeDetector> lookalikes;
  if (!options.brand_domains.empty()) {
    auto detector = LookalikeDetector::create(options.brand_domains);
    if (!detector) return tl::unexpected(detector.error());
    lookalikes.emplace(std::move(*detector));
  }
  auto parts = std::unique_ptr<Parts>(new Parts{std::move(*sentiment), IntentClassifier(),
                                                InsultDetector(), std::move(*links),
                                                std::move(lookalikes), options.pii});
  return std::unique_ptr<Analyzer>(new Analyzer(std::move(parts)));
}

void Analyzer::analyze(const Post& post, std::string_view author_language,
                       AnalysisScratch& scratch, PostAnalysis& out) const {
  out.clear();
  // One analysis text, so every span has one frame of reference (copied only when the
  // post has a title).
  std::string_view text = post.text;
  if (!post.title.empty()) {
    scratch.text.clear();
    scratch.text += post.title;
    scratch.text += '\n';
    out.text_offset = static_cast<std::uint32_t>(scratch.text.size());
    scratch.text += post.text;
    text = scratch.text;
  }
  scratch.tokens.clear();
  tokenize(text, scratch.tokens);

  const LanguageGuess language =
      detect_language(text, scratch.tokens, post.lang, author_language, scratch.language_scratch);
  out.language = language.code;
  out.language_source = std::string(language_source_name(language.source));

  const sentiment::SentimentResult feeling =
      parts_->sentiment.analyze(text, scratch.tokens, language.code);
  out.sentiment = feeling.score;
  out.sentiment_label = std::string(sentiment::polarity_name(feeling.label));

  IntentResult intent = parts_->intent.classify(text, scratch.tokens, language.code, feeling.rule_score);
  out.intent = std::string(intent_name(intent.intent));
  for (ProblemPhrase& problem : intent.problems) {
    out.spans.push_back(
        {problem.source_begin, problem.source_end, "problem", std::move(problem.canonical)});
  }

  InsultResult insults = parts_->insults.detect(text, scratch.tokens, language.code);
  out.offensive = insults.score;
  for (InsultFinding& finding : insults.findings) {
    out.spans.push_back({finding.source_begin, finding.source_end, "insult", std::move(finding.why)});
  }

  for (PiiFinding& pii : find_pii(text, parts_->pii)) {
    out.spans.push_back({pii.source_begin, pii.source_end, std::string(pii_kind_name(pii.kind)),
                         std::move(pii.normalized)});
  }
  std::sort(out.spans.begin(), out.spans.end(),
            [](const AnalysisSpan& a, const AnalysisSpan& b) { return a.begin < b.begin; });

  LinkInfo info;
  for (const Link& link : scratch.tokens.links) {
    AnalysisLink& record = out.links.emplace_back();
    record.url = std::string(text.substr(link.source_begin, link.source_end - link.source_begin));
    parts_->links.analyze(record.url, info);
    record.domain = info.registrable_domain;
    record.shortener = info.is_shortener;
    if (parts_->lookalikes) {
      if (auto lookalike = parts_->lookalikes->check(record.url)) {
        record.lookalike_of = lookalike->brand_domain;
        record.reason = lookalike->reason;
      }
    }
  }
}

}  // namespace rauch::text
