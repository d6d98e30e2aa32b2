#include "text/domains/detail/idna.h"

#include <unicode/uidna.h>

namespace rauch::text::detail {
namespace {

using Convert = int32_t (*)(const UIDNA*, const char*, int32_t, char*, int32_t, UIDNAInfo*,
                            UErrorCode*);

// Unicode forms may be up to four times the ASCII length; one resize covers the rest.
bool convert(Convert fn, const UIDNA* idna, std::string_view host, std::string& out) {
  if (host.empty() || host.size() > 4 * kMaxHostBytes)
    return false;
  out.resize(4 * kMaxHostBytes);
  UIDNAInfo info = UIDNA_INFO_INITIALIZER;
  UErrorCode status = U_ZERO_ERROR;
  const int32_t n = fn(idna, host.data(), static_cast<int32_t>(host.size()), out.data(),
                       static_cast<int32_t>(out.size()), &info, &status);
  // Hyphen rules (leading/trailing '-', "--" in positions 3-4) are common in real hosts
  // and harmless here; anything else means the name cannot be trusted.
  const std::uint32_t tolerated = UIDNA_ERROR_LEADING_HYPHEN | UIDNA_ERROR_TRAILING_HYPHEN |
                                  UIDNA_ERROR_HYPHEN_3_4 | UIDNA_ERROR_EMPTY_LABEL;
  if (U_FAILURE(status) || n < 0 || (info.errors & ~tolerated) != 0)
    return false;
  out.resize(static_cast<std::size_t>(n));
  return true;
}

}  // namespace

void Idna::Close::operator()(UIDNA* idna) const { uidna_close(idna); }

Result<Idna> Idna::create() {
  UErrorCode status = U_ZERO_ERROR;
  // Non-transitional: "ß" stays "ß" (as browsers do since 2017); no STD3 rules, so
  // underscores in hosts do not fail the conversion.
  UIDNA* idna = uidna_openUTS46(UIDNA_NONTRANSITIONAL_TO_ASCII | UIDNA_NONTRANSITIONAL_TO_UNICODE,
                                &status);
  if (U_FAILURE(status) || idna == nullptr) {
    return make_error(ErrorCode::kInternal,
                      std::string("ICU uidna_openUTS46 failed: ") + u_errorName(status));
  }
  return Idna(std::unique_ptr<UIDNA, Close>(idna));
}

bool Idna::to_ascii(std::string_view host, std::string& out) const {
  return convert(&uidna_nameToASCII_UTF8, idna_.get(), host, out);
}

bool Idna::to_unicode(std::string_view host, std::string& out) const {
  return convert(&uidna_nameToUnicodeUTF8, idna_.get(), host, out);
}

}  // namespace rauch::text::detail
