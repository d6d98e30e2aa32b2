#pragma once

// Insults and personal attacks in German and English (docs/text-analysis.md), used to
// flag offensive posts and, later, to audit the brand's own replies ("never get
// personal").

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "text/intent/phrase_table.h"
#include "text/tokens.h"

namespace rauch::text {

struct InsultFinding {
  std::uint32_t source_begin = 0;  // Byte span in the analyzed text.
  std::uint32_t source_end = 0;
  std::string why;  // "insult: 'Idiot' addressed at the reader", "profanity: ..."
};

struct InsultResult {
  float score = 0;  // 0..1, how likely the text is offensive
  bool offensive = false;
  std::vector<InsultFinding> findings;
};

// Rules (docs/text-analysis.md): insult words ("Idiot", "moron") and profanity
// ("Scheiße", "fuck") add evidence; an insult aimed at the reader ("du bist ein Idiot",
// "you're so stupid", "@velora idiot") or an attack phrase ("halt die Klappe", "shut up")
// is a personal attack and weighs most. Profanity with nobody addressed ("so ein Scheiß,
// die App stürzt ab") is situational: offensive in tone, scored lower, and said so in its
// finding. score = 1 - exp(-evidence); offensive when score >= kOffensiveScore.
//
// Built once (the constructor allocates); detect() is const, does not throw and allocates
// only the findings. Thread-safe.
class InsultDetector {
 public:
  static constexpr float kOffensiveScore = 0.45F;

  InsultDetector();

  // `tokens` is the tokenization of `text`. `lang` is "de", "en" or other (both apply).
  // Reads at most PhraseTable::kMaxTokens tokens of a post.
  InsultResult detect(std::string_view text, const TokenizedText& tokens,
                      std::string_view lang) const;

 private:
  PhraseTable cues_;
};

// detect() of one immutable InsultDetector built on first use.
InsultResult detect_insults(std::string_view text, const TokenizedText& tokens,
                            std::string_view lang);

}  // namespace rauch::text
