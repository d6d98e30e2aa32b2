#pragma once

// The German and English phrase lists of the reply audit (reply_phrases.cpp), in the
// PhraseTable pattern language (text/intent/phrase_table.h).

#include <cstdint>
#include <span>

#include "text/intent/phrase_table.h"

namespace rauch::care {

enum ReplyCue : std::uint8_t {
  kCueDeflect,  // sends the customer elsewhere: "wenden Sie sich an", "please contact"
  kCuePrivate,  // moves to private messages: "DM", "Direktnachricht", "direct message"
  kCueSarcasm,  // talks down to the customer: "wer lesen kann", "read the manual"
};

enum PromiseCue : std::uint8_t {
  kCueWithinMinutes,
  kCueWithinHours,
  kCueWithinDays,
  kCueWithinBusinessDays,
  kCueToday,
  kCueTomorrow,
  kCueSoon,      // "in Kürze", "asap": taken as 24 hours
  kCueFirstPerson,  // "wir", "we", "ich": who promises
};

std::span<const text::PhraseSpec> reply_cues();
std::span<const text::PhraseSpec> private_cues();
std::span<const text::PhraseSpec> promise_cues();

}  // namespace rauch::care
