#pragma once

// The data files compiled into the binary (CMakeLists.txt beside this file generates the
// definitions). An empty view means the file did not exist when the build was configured.

#include <string_view>

namespace rauch::text::sentiment::detail {

std::string_view embedded_vader_lexicon();   // data/lexicons/vader_lexicon.txt
std::string_view embedded_vader_emoji();     // data/lexicons/vader_emoji_lexicon.txt
std::string_view embedded_emoji_valence();   // data/lexicons/emoji_valence.tsv
std::string_view embedded_german_lexicon();  // data/lexicons/de_sentiment.tsv
std::string_view embedded_model_de();        // data/models/sentiment-de.bin
std::string_view embedded_model_en();        // data/models/sentiment-en.bin

}  // namespace rauch::text::sentiment::detail
