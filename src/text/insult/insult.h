#pragma once

// Insults and personal attacks in German and English (docs/text-analysis.md), used to
// flag offensive posts and, later, to audit the brand's own replies ("never get
// personal").

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.h"
#include "text/intent/phrase_table.h"
#include "text/model/linear_model.h"
#include "text/sentiment/sentiment.h"
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
  // What the rules found (also the dense features of a learned model).
  bool personal = false;  // an insult aimed at the reader, or an attack phrase
  bool shouted = false;   // evidence and 3+ words in capitals
  std::uint32_t insult_words = 0;
  std::uint32_t profanity_words = 0;
  std::uint32_t attack_phrases = 0;
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
//
// With a learned model (offensive_model.h), posts not in German get score = the model's
// P(offensive) given the n-grams and the rule findings, and offensive = score >=
// model_threshold; findings are still the rules' (they explain; the model decides).
class InsultDetector {
 public:
  static constexpr float kOffensiveScore = 0.45F;
  // P(offensive) of a class-balanced model above which a post is offensive (chosen on
  // TweetEval offensive val among 0.30..0.70).
  static constexpr float kModelThreshold = 0.55F;

  InsultDetector();

  // Rules plus `model`. Errors: kInvalidArgument when the model does not have the labels
  // "not-offensive"/"offensive" and kInsultFeatures dense features (offensive_model.h).
  static Result<InsultDetector> with_model(model::LinearModel model,
                                           float threshold = kModelThreshold);

  // `tokens` is the tokenization of `text`. `lang` is "de", "en" or other (both apply).
  // Reads at most PhraseTable::kMaxTokens tokens of a post.
  InsultResult detect(std::string_view text, const TokenizedText& tokens,
                      std::string_view lang) const;

  // The rules alone, whether or not a model is loaded.
  InsultResult detect_rules(std::string_view text, const TokenizedText& tokens,
                            std::string_view lang) const;

  // The sentiment rules' compound score of the post, [-1, 1] (a model feature); 0 when
  // the sentiment lexicons did not load or `tokens` are not of `text`.
  float tone(std::string_view text, const TokenizedText& tokens, std::string_view lang) const;

 private:
  PhraseTable cues_;
  std::optional<sentiment::SentimentAnalyzer> sentiment_;  // Rules only; with a model.
  std::optional<model::LinearModel> model_;
  std::size_t offensive_class_ = 0;
  float threshold_ = kModelThreshold;
};

// detect() of one immutable InsultDetector built on first use.
InsultResult detect_insults(std::string_view text, const TokenizedText& tokens,
                            std::string_view lang);

}  // namespace rauch::text
