#pragma once

// Makes rendered templates look typed by people: tidies the gaps empty slots leave, then
// adds typos, lower-case or shouted texts and elongated words ("sooo", "!!!"). Only ASCII
// letters inside plain words are touched: hashtags, @mentions, URLs and multi-byte UTF-8
// (umlauts, emoji) stay intact, so detection can still find #VeloraGate or a domain.

#include <string>

#include "generate/detail/random.h"

namespace rauch::generate::detail {

// Probabilities per text.
struct NoiseLevel {
  double typo = 0.0;      // One swapped, dropped or doubled letter.
  double lower = 0.0;     // The whole text in lower case.
  double shout = 0.0;     // The whole text in upper case (angry posts).
  double elongate = 0.0;  // One word stretched ("sooo") or "!!!" appended.
};

// Collapses runs of spaces, drops spaces before punctuation and trims both ends.
void tidy_text(std::string& text);

void add_noise(std::string& text, Rng& rng, const NoiseLevel& level);

}  // namespace rauch::generate::detail
