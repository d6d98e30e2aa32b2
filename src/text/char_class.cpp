#include "text/detail/char_class.h"

#include <utf8proc.h>

namespace rauch::text::detail {
namespace {

bool is_variation_selector(char32_t cp) {
  return (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF);
}

const utf8proc_property_t& property(char32_t cp) {
  return *utf8proc_get_property(static_cast<utf8proc_int32_t>(cp));
}

}  // namespace

bool is_ignorable(char32_t cp) { return property(cp).ignorable && !is_variation_selector(cp); }

bool is_emoji_component(char32_t cp) {
  const utf8proc_property_t& p = property(cp);
  return p.boundclass == UTF8PROC_BOUNDCLASS_EXTENDED_PICTOGRAPHIC ||
         p.boundclass == UTF8PROC_BOUNDCLASS_REGIONAL_INDICATOR || is_skin_tone(cp) ||
         is_variation_selector(cp) || is_emoji_tag(cp) || cp == kZeroWidthJoiner ||
         cp == kCombiningKeycap;
}

CharClass classify(char32_t cp) {
  if (cp < 0x80)
    return classify_ascii(static_cast<unsigned char>(cp));
  switch (cp) {
    case 0x2019:  // RIGHT SINGLE QUOTATION MARK, the typographic apostrophe
      return CharClass::kApostrophe;
    case 0xFF03:  // FULLWIDTH NUMBER SIGN
    case 0xFE5F:  // SMALL NUMBER SIGN
      return CharClass::kHash;
    case 0xFF20:  // FULLWIDTH COMMERCIAL AT
    case 0xFE6B:  // SMALL COMMERCIAL AT
      return CharClass::kAt;
    default:
      break;
  }
  const utf8proc_property_t& p = property(cp);
  // Emoji first: U+2139 INFORMATION SOURCE is both a letter and a pictograph.
  if (p.boundclass == UTF8PROC_BOUNDCLASS_EXTENDED_PICTOGRAPHIC ||
      p.boundclass == UTF8PROC_BOUNDCLASS_REGIONAL_INDICATOR) {
    return CharClass::kEmoji;
  }
  if (p.ignorable && !is_variation_selector(cp))
    return CharClass::kIgnorable;
  switch (p.category) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
      return CharClass::kLetter;
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC:
    case UTF8PROC_CATEGORY_ME:
      return CharClass::kMark;
    case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_NL:
    case UTF8PROC_CATEGORY_NO:
      return CharClass::kDigit;
    case UTF8PROC_CATEGORY_PC:
      return CharClass::kConnector;
    case UTF8PROC_CATEGORY_ZS:
    case UTF8PROC_CATEGORY_ZL:
    case UTF8PROC_CATEGORY_ZP:
    case UTF8PROC_CATEGORY_CC:
      return CharClass::kSpace;
    default:
      return CharClass::kOther;
  }
}

}  // namespace rauch::text::detail
