#pragma once

// The hand-written German and English insult, profanity and address lists of the insult
// rules (insult_lexicon.cpp), in the PhraseTable pattern language (text/intent/phrase_table.h).

#include <cstdint>
#include <span>

#include "text/intent/phrase_table.h"

namespace rauch::text {

enum InsultCue : std::uint8_t {
  kCueInsult,     // a word that insults a person: "Idiot", "Trottel", "moron", "dumm"
  kCueProfanity,  // swearing that need not target anyone: "Scheiße", "fuck", "damn"
  kCueAttack,     // a phrase that attacks by itself: "halt die Klappe", "shut up"
  kCueAddress,    // the reader: "du", "ihr", "you", "du bist", "you're so"
};

std::span<const PhraseSpec> insult_cues();

}  // namespace rauch::text
