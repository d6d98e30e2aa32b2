#include "detect/hijack/credential_bait.h"

#include <array>
#include <string>

#include "text/tokens.h"

namespace rauch::detect {
namespace {

// Folded forms (text::fold: lower case, no diacritics, ae/oe/ue -> a/o/u), so "bestätigen",
// "bestaetigen" and "BESTÄTIGEN" are one entry. Phrases, not single words: "Passwort" alone
// is what a care team writes about resetting one.
constexpr std::array<std::string_view, 26> kBait = {
    // German
    "konto wurde gesperrt", "konto gesperrt", "konto wurde aus sicherheitsgrunden",
    "daten bestatigen", "bestatigen sie ihre", "hier bestatigen", "jetzt bestatigen",
    "jetzt verifizieren", "daten verifizieren", "zahlungsdaten", "zugangsdaten",
    "passwort bestatigen", "passwort eingeben", "gewonnen! jetzt", "jetzt hier sichern",
    // English
    "account has been locked", "account is locked", "account has been suspended",
    "verify your details", "verify your account", "confirm your details",
    "confirm your password", "unusual login", "confirm now", "you won", "claim here",
};

}  // namespace

std::string_view credential_bait(std::string_view text) {
  if (text.empty()) return {};
  const std::string folded = text::fold(text);
  for (std::string_view phrase : kBait)
    if (folded.find(phrase) != std::string::npos) return phrase;
  return {};
}

}  // namespace rauch::detect
