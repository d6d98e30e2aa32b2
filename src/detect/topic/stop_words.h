#pragma once

// Words too common to name a topic: German and English function words and the fillers of
// social posts. The language detector's function-word lists (text/language) leave out on
// purpose every word another language shares ("die", "der", "was", "mit", "will"), which
// are exactly the most frequent words of a German or English post, so this list is its
// own superset of them.

#include <cstdint>
#include <string_view>

namespace rauch::detect {

// `folded` is a folded word token (text/tokens.h); `hash` must be
// text::StringTable<std::uint8_t>::hash(folded), so the caller hashes each word once.
// Thread-safe (an immutable table built on first use).
bool is_topic_stop_word(std::string_view folded, std::uint64_t hash);

}  // namespace rauch::detect
