#pragma once

// The usual language of each author during an ingest run: seeded from the store
// (Store::usual_languages) and updated with every post whose language was detected, so
// that a short post ("ok danke 👍") of an author who writes German is analyzed as German
// even when its source states English. Same vote as the store keeps (core/language_vote.h).

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>

#include "core/error.h"
#include "core/language_vote.h"
#include "core/post.h"
#include "store/store.h"

namespace rauch::app {

class AuthorLanguages {
 public:
  // Bounds memory: authors beyond this many are not remembered (their short posts fall
  // back to the stated language, as before the first run).
  static constexpr std::size_t kMaxAuthors = 2'000'000;

  [[nodiscard]] static Result<AuthorLanguages> load(store::Store& store);

  // "" when the author is unknown or has no usual language yet.
  std::string_view usual(const Post& post);
  // Counts the language of an analyzed post of the author when it was detected.
  void note(const Post& post, std::string_view language, std::string_view language_source);

  std::size_t size() const { return votes_.size(); }

 private:
  const std::string& key_of(const Post& post);

  std::unordered_map<std::string, LanguageVote> votes_;
  std::string key_;  // Reused: a lookup does not allocate.
};

}  // namespace rauch::app
