#pragma once

// The hand-written German and English cue lists of the intent rules (intent_lexicon.cpp).
// Patterns use the PhraseTable language (phrase_table.h) and are written in natural
// spelling; the table folds them exactly as post text is folded.

#include <cstdint>
#include <span>

#include "text/intent/phrase_table.h"

namespace rauch::text {

// What a cue says about the post. kProblem entries carry a canonical form and are
// reported as problem phrases.
enum IntentCue : std::uint8_t {
  kCueProblem,        // names a problem: "funktioniert nicht", "never arrived"
  kCueComplaint,      // anger, waiting, repetition: "Frechheit", "still waiting"
  kCueInterrogative,  // counts only at the start of a clause: "wie", "how", "kann"
  kCueWhy,            // "warum", "why": an interrogative; in a negative tone a complaint
  kCueQuestion,       // "gibt es", "does anyone", "is there"
  kCueHelp,           // "Hilfe", "please help", "DM me"
  kCuePraise,         // "danke", "love", "👍"
  kCueSuggestion,     // "wäre schön", "you should", "feature request"
  kCueSpam,           // "Gewinnspiel", "giveaway", "follow back", "crypto"
  kCueNeutral,        // consumes tokens so shorter cues do not fire: "kein Problem"
};

std::span<const PhraseSpec> intent_cues();

}  // namespace rauch::text
