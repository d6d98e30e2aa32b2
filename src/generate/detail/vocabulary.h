#pragma once

// The word lists and templates of the baseline stream. Top-level lists have the same
// names in both languages ("complaint", "question", ...), so one Grammar per language
// serves the same code. Scenario-specific lists live beside their scenario.
//
// Terms that a scenario introduces as "new" (#VeloraGate, Werkstatt-Video, respektlos,
// boycott, #Greenwashing, the lookalike domains) must never appear in these lists:
// detection tests rely on them being absent before the scenario starts.

#include <span>

#include "generate/detail/grammar.h"

namespace rauch::generate::detail {

std::span<const PhraseList> shared_lists();   // Hashtags, emoji, models, links.
std::span<const PhraseList> german_lists();   // Templates and words in German.
std::span<const PhraseList> english_lists();  // Templates and words in English.

}  // namespace rauch::generate::detail
