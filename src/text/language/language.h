#pragma once

// The language of a post, for routing to the German or English analysis
// (docs/text-analysis.md, "Language"). CLD2 reads the text; the post's stated language
// (from the source's metadata, often the user's UI language) is only a hint, and when
// the text is too short to tell, the author's usual language and then the stated one
// decide.

#include <cstdint>
#include <string>
#include <string_view>

#include "text/tokens.h"

namespace rauch::text {

enum class LanguageSource : std::uint8_t {
  kDetected,  // CLD2 was reliable on the text.
  kAuthor,    // Too little text: the author's usual language.
  kStated,    // Too little text and no author language: the post's stated language.
  kNone,      // Nothing to go on: code "und".
};

std::string_view language_source_name(LanguageSource source);  // "detected", ...

struct LanguageGuess {
  std::string code = "und";  // ISO 639-1 where one exists ("de", "en"), else CLD2's code
                             // without script ("zh"), or "und". Short: no allocation.
  bool reliable = false;     // CLD2 said reliable (only with kDetected).
  LanguageSource source = LanguageSource::kNone;
};

// Texts with fewer letters than this (after stripping URLs and mentions) are too short
// to detect; the fallbacks apply.
inline constexpr std::size_t kMinLettersForDetection = 20;

// Detects the language of `text` (UTF-8; invalid bytes are ignored). `stated_lang` and
// `author_lang` are BCP 47-ish tags ("de", "de-AT", "en_US", "" for unknown); only their
// primary subtag is used. URLs, @mentions and the '#' of hashtags are removed first: they
// are not language and mislead CLD2. Does not throw; thread-safe (CLD2's tables are
// read-only). Allocates a working copy of the text (use the overload to reuse one).
LanguageGuess detect_language(std::string_view text, std::string_view stated_lang,
                              std::string_view author_lang = {});
LanguageGuess detect_language(std::string_view text, std::string_view stated_lang,
                              std::string_view author_lang, std::string& scratch);

// The same, for a post already tokenized (`tokens` = tokenize(text)): German and English
// posts with several function words of only one of the two languages are decided without
// CLD2 (function_words.h), the rest as above. This is what ingest uses.
LanguageGuess detect_language(std::string_view text, const TokenizedText& tokens,
                              std::string_view stated_lang, std::string_view author_lang,
                              std::string& scratch);

// The text CLD2 sees: URLs and @mentions removed, '#' dropped from hashtags, invalid
// UTF-8 bytes replaced by spaces. Appends to `out`; returns the number of letters.
std::size_t strip_for_language(std::string_view text, std::string& out);

}  // namespace rauch::text
