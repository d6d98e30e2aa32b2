#include <cstdio>  // Before CLD2's header, which uses FILE without including it.

#include <cld2/public/compact_lang_det.h>
#include <cld2/public/encodings.h>

#include "text/language/function_words.h"
#include "text/language/language.h"

namespace rauch::text {
namespace {

// "de-AT" -> "de", "en_US" -> "en", "DE" -> "de"; "" when it does not look like a
// language subtag (2-3 letters).
std::string primary_subtag(std::string_view tag) {
  tag = tag.substr(0, tag.find_first_of("-_"));
  if (tag.size() < 2 || tag.size() > 3)
    return {};
  std::string code;
  for (char c : tag) {
    if (c >= 'A' && c <= 'Z')
      c = static_cast<char>(c - 'A' + 'a');
    if (c < 'a' || c > 'z')
      return {};
    code.push_back(c);
  }
  return code;
}

LanguageGuess fallback(std::string_view stated_lang, std::string_view author_lang) {
  if (std::string code = primary_subtag(author_lang); !code.empty())
    return {.code = std::move(code), .source = LanguageSource::kAuthor};
  if (std::string code = primary_subtag(stated_lang); !code.empty())
    return {.code = std::move(code), .source = LanguageSource::kStated};
  return {};
}

}  // namespace

std::string_view language_source_name(LanguageSource source) {
  switch (source) {
    case LanguageSource::kDetected: return "detected";
    case LanguageSource::kAuthor: return "author";
    case LanguageSource::kStated: return "stated";
    case LanguageSource::kNone: return "none";
  }
  return "none";
}

LanguageGuess detect_language(std::string_view text, std::string_view stated_lang,
                              std::string_view author_lang) {
  std::string scratch;
  return detect_language(text, stated_lang, author_lang, scratch);
}

LanguageGuess detect_language(std::string_view text, std::string_view stated_lang,
                              std::string_view author_lang, std::string& scratch) {
  scratch.clear();
  // CLD2 reads at most its first few KB meaningfully; a long post is capped here.
  constexpr std::size_t kMaxBytes = 16 * 1024;
  const std::size_t letters = strip_for_language(text.substr(0, kMaxBytes), scratch);
  if (letters < kMinLettersForDetection)
    return fallback(stated_lang, author_lang);

  const std::string hint = primary_subtag(stated_lang);
  CLD2::CLDHints hints{nullptr, nullptr, CLD2::UNKNOWN_ENCODING,
                       hint.empty() ? CLD2::UNKNOWN_LANGUAGE : CLD2::GetLanguageFromName(hint.c_str())};
  CLD2::Language top[3];
  int percent[3];
  double scores[3];
  int bytes_scored = 0;
  bool reliable = false;
  const CLD2::Language language = CLD2::ExtDetectLanguageSummary(
      scratch.data(), static_cast<int>(scratch.size()), true, &hints, 0, top, percent, scores,
      nullptr, &bytes_scored, &reliable);
  if (!reliable || language == CLD2::UNKNOWN_LANGUAGE || language == CLD2::TG_UNKNOWN_LANGUAGE)
    return fallback(stated_lang, author_lang);
  std::string code = primary_subtag(CLD2::LanguageCode(language));
  if (code.empty())
    return fallback(stated_lang, author_lang);
  return {.code = std::move(code), .reliable = true, .source = LanguageSource::kDetected};
}

LanguageGuess detect_language(std::string_view text, const TokenizedText& tokens,
                              std::string_view stated_lang, std::string_view author_lang,
                              std::string& scratch) {
  const std::string_view decided =
      decided_by_function_words(count_function_words(tokens), primary_subtag(stated_lang));
  if (!decided.empty())
    return {.code = std::string(decided), .reliable = true, .source = LanguageSource::kDetected};
  return detect_language(text, stated_lang, author_lang, scratch);
}

}  // namespace rauch::text
