#pragma once

// An author's usual language: the fallback for their posts too short to detect
// (docs/text-analysis.md, "Language"). A majority vote (Boyer-Moore) over the languages
// detected in their posts, kept in two values so that the store can keep it per author
// and ingest can update it post by post without remembering every post.

#include <cstdint>
#include <string>
#include <string_view>

namespace rauch {

struct LanguageVote {
  std::string language;    // The leading language, "" before any vote.
  std::int64_t lead = 0;   // How far it leads: its votes minus the others' since it led.

  // A vote only counts for a language detected from the text (not a fallback).
  void add(std::string_view detected) {
    if (detected.empty() || detected == "und") return;
    if (lead == 0) {
      language = std::string(detected);
      lead = 1;
    } else if (detected == language) {
      ++lead;
    } else {
      --lead;
    }
  }

  // The usual language once it leads by kMinLead votes, else "": one post in German from
  // an English writer is no habit yet.
  static constexpr std::int64_t kMinLead = 2;
  std::string_view usual() const { return lead >= kMinLead ? std::string_view(language) : ""; }

  friend bool operator==(const LanguageVote&, const LanguageVote&) = default;
};

}  // namespace rauch
