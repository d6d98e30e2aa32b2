// Phone numbers through libphonenumber's matcher, which knows every country's numbering
// plan. Leniency VALID: the number must be a valid number of its region, so dates,
// prices and order numbers rarely match.

#include <cstdint>

#include <phonenumbers/phonenumbermatch.h>
#include <phonenumbers/phonenumbermatcher.h>
#include <phonenumbers/phonenumberutil.h>

#include "text/pii/detail/finders.h"

namespace rauch::text::detail {
namespace {

namespace pn = i18n::phonenumbers;

// Bounds the matcher's work on a post full of digits.
constexpr int kMaxTries = 64;

}  // namespace

void find_phones(std::string_view text, const std::string& region, std::vector<PiiFinding>& out) {
  // PhoneNumberUtil is libphonenumber's own immutable singleton (its metadata).
  const pn::PhoneNumberUtil& util = *pn::PhoneNumberUtil::GetInstance();
  pn::PhoneNumberMatcher matcher(util, std::string(text), region, pn::PhoneNumberMatcher::VALID,
                                 kMaxTries);
  pn::PhoneNumberMatch match;
  while (matcher.HasNext()) {
    if (!matcher.Next(&match))
      break;
    if (match.start() < 0 || match.end() < match.start() ||
        static_cast<std::size_t>(match.end()) > text.size()) {
      continue;  // Offsets are bytes of `text`; never trust them blindly.
    }
    PiiFinding finding{.kind = PiiKind::kPhone,
                       .source_begin = static_cast<std::uint32_t>(match.start()),
                       .source_end = static_cast<std::uint32_t>(match.end())};
    util.Format(match.number(), pn::PhoneNumberUtil::E164, &finding.normalized);
    out.push_back(std::move(finding));
  }
}

}  // namespace rauch::text::detail
