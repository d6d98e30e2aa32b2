#pragma once

// Host names between their ASCII (punycode) and Unicode forms, through ICU's UTS #46
// implementation. One Idna is opened per analyzer or detector (the cold path); its
// conversions are const and thread-safe (ICU's UIDNA is immutable once opened).

#include <memory>
#include <string>
#include <string_view>

#include "core/error.h"

struct UIDNA;

namespace rauch::text::detail {

class Idna {
 public:
  static Result<Idna> create();

  // Lower-case ASCII form: "Аpple.com" -> "xn--pple-43d.com", "BÜRO.de" ->
  // "xn--bro-hoa.de". False (and `out` unspecified) when the name is not a valid IDN.
  bool to_ascii(std::string_view host, std::string& out) const;
  // Unicode form: "xn--pple-43d.com" -> "аpple.com". False when not valid.
  bool to_unicode(std::string_view host, std::string& out) const;

 private:
  struct Close {
    void operator()(UIDNA* idna) const;
  };
  explicit Idna(std::unique_ptr<UIDNA, Close> idna) : idna_(std::move(idna)) {}
  std::unique_ptr<UIDNA, Close> idna_;
};

// Hosts are at most 253 bytes in ASCII form (RFC 1035); longer input is rejected before
// it reaches ICU.
inline constexpr std::size_t kMaxHostBytes = 253;

}  // namespace rauch::text::detail
