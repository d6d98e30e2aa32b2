// The function-word shortcut before CLD2 (function_words.h): it must decide German and
// English posts as CLD2 would and leave every other language, and mixed posts, to CLD2.

#include "text/language/function_words.h"

#include <string>

#include <gtest/gtest.h>

#include "text/language/language.h"

namespace rauch::text {
namespace {

struct Detected {
  std::string shortcut;  // What the function words decided ("" = CLD2's turn).
  std::string code;      // What detect_language() with tokens says.
  std::string cld2;      // What CLD2 alone says.
};

Detected detect(std::string_view text, std::string_view stated) {
  TokenizedText tokens;
  tokenize(text, tokens);
  std::string scratch;
  return {std::string(decided_by_function_words(count_function_words(tokens), stated)),
          detect_language(text, tokens, stated, "", scratch).code,
          detect_language(text, stated, "", scratch).code};
}

TEST(FunctionWords, DecideGermanAndEnglishPostsLikeCld2) {
  for (const auto& [text, lang] : std::initializer_list<std::pair<const char*, const char*>>{
           {"Mein Akku ist schon wieder leer und der Support meldet sich nicht", "de"},
           {"Warum dauert das bei euch immer so lange? Ich warte seit Tagen", "de"},
           {"My battery died again and support has not replied to my emails", "en"},
           {"Why does the app keep logging me out? This is really annoying", "en"}}) {
    for (const char* stated : {"", "de", "en"}) {
      const Detected d = detect(text, stated);
      EXPECT_EQ(d.shortcut, lang) << text << " stated " << stated;
      EXPECT_EQ(d.code, lang) << text;
      EXPECT_EQ(d.cld2, lang) << text;
    }
  }
}

TEST(FunctionWords, OneWordDecidesOnlyWithTheStatedLanguage) {
  // "leider" alone: German if the source says so; otherwise CLD2 decides.
  EXPECT_EQ(detect("Velora Fold leider ausverkauft am Morgen", "de").shortcut, "de");
  EXPECT_EQ(detect("Velora Fold leider ausverkauft am Morgen", "en").shortcut, "");
  EXPECT_EQ(detect("Velora Fold sold out because everybody wants one", "en").shortcut, "en");
}

TEST(FunctionWords, MixedPostsGoToCld2) {
  EXPECT_EQ(detect("Thanks für nichts, the app is still broken und keiner hilft", "de").shortcut,
            "");
  EXPECT_EQ(detect("Der Film the Fast and the Furious läuft heute", "en").shortcut, "");
}

TEST(FunctionWords, OtherLanguagesAreLeftToCld2EvenWithAWrongStatedLanguage) {
  // Sources often state the UI language, not the post's.
  for (const auto& [text, lang] : std::initializer_list<std::pair<const char*, const char*>>{
           {"Mijn bestelling is nog steeds niet aangekomen en de klantenservice reageert niet",
            "nl"},
           {"Der er noget galt med mit kort, den virker ikke og jeg har ringet tre gange", "da"},
           {"Min beställning har fortfarande inte kommit och kundtjänsten svarar inte", "sv"},
           {"Moje zamówienie jeszcze nie dotarło i nikt nie odpowiada na maile, to jest żart",
            "pl"},
           {"Mi pedido todavía no ha llegado y nadie del servicio al cliente me responde", "es"},
           {"Ma commande n'est toujours pas arrivée et le service client ne répond pas", "fr"},
           {"Il mio ordine non è ancora arrivato e il servizio clienti non risponde mai", "it"},
           {"Siparişim hala gelmedi ve müşteri hizmetleri hiç cevap vermiyor, can sıkıcı", "tr"}}) {
    for (const char* stated : {"de", "en"}) {
      const Detected d = detect(text, stated);
      EXPECT_EQ(d.shortcut, "") << text << " stated " << stated;
      EXPECT_EQ(d.code, lang) << text << " stated " << stated;
    }
  }
}

TEST(FunctionWords, ShortPostsKeepTheirFallback) {
  // Under kMinLettersForDetection letters the author's and stated language decide, as
  // without the shortcut.
  TokenizedText tokens;
  tokenize("und ich nicht", tokens);
  std::string scratch;
  const LanguageGuess guess = detect_language("und ich nicht", tokens, "en", "", scratch);
  EXPECT_EQ(guess.code, "en");
  EXPECT_EQ(guess.source, LanguageSource::kStated);
}

}  // namespace
}  // namespace rauch::text
