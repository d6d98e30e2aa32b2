#pragma once

// Intent of a post: what the author wants from the brand. Rules and word lists for German
// and English (docs/text-analysis.md). Complaints, questions and calls for help open care
// cases later; problem phrases are shown to the agent.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "text/intent/phrase_table.h"
#include "text/sentiment/sentiment.h"
#include "text/tokens.h"

namespace rauch::text {

enum class Intent : std::uint8_t { kComplaint, kQuestion, kPraise, kSuggestion, kSpam, kOther };

// "complaint", "question", "praise", "suggestion", "spam", "other".
std::string_view intent_name(Intent intent);

// A phrase that names a problem ("funktioniert nicht", "never arrived"), as a byte span of
// the analyzed text, with its canonical form for display and grouping.
struct ProblemPhrase {
  std::uint32_t source_begin = 0;
  std::uint32_t source_end = 0;
  std::string canonical;  // e.g. "funktioniert nicht"
};

struct IntentResult {
  Intent intent = Intent::kOther;
  float confidence = 0;  // 0..1
  // Scores per intent (index = Intent), for combining with learned models.
  float scores[6] = {};
  float sentiment = 0;  // The rules' sentiment compound of the post, [-1, 1].
  std::vector<ProblemPhrase> problems;
};

// Precedence when several intents have cues (docs/text-analysis.md):
//   spam > complaint > suggestion > question (incl. calls for help) > praise > other.
// A question that names a problem ("Warum funktioniert die App nicht?") is a complaint:
// it needs an answer either way, and the care team must see the problem. A weak problem
// word alone ("problem", "Fehler") does not outweigh a clear question ("How can I get a
// hold of you to discuss the problem with my coat?" is a service request).
//
// Besides cue words, general signals count towards a complaint: negative sentiment of the
// rule-based SentimentAnalyzer (more when the post addresses someone by @mention, as
// posts to a brand do), a "why" question said in a negative tone ("Why are the apps
// down?!"), and reports of what failed ("was charged", "keeps logging me out").
//
// The rules are built once (the constructor allocates); classify() is const, does not
// throw, and allocates only the `problems` vector of its result. Thread-safe.
class IntentClassifier {
 public:
  IntentClassifier();

  // `tokens` is the tokenization of `text` (text::tokenize). `lang` is "de", "en" or
  // other (then both languages' rules apply). Reads at most PhraseTable::kMaxTokens
  // tokens of a post. `rule_sentiment` is the post's rule-based sentiment when the caller
  // has it already (SentimentResult::rule_score for the same text, tokens and lang): the
  // Analyzer passes it so the rules do not run twice; without it classify() scores the
  // tone itself.
  IntentResult classify(std::string_view text, const TokenizedText& tokens, std::string_view lang,
                        std::optional<float> rule_sentiment = std::nullopt) const;

 private:
  PhraseTable cues_;
  // Rules only (no learned model): the tone of the post. Empty if the lexicons failed to
  // load, which only a broken build can cause; then tone is not used.
  std::optional<sentiment::SentimentAnalyzer> sentiment_;
};

// classify() of one immutable IntentClassifier built on first use.
IntentResult classify_intent(std::string_view text, const TokenizedText& tokens,
                             std::string_view lang);

}  // namespace rauch::text
