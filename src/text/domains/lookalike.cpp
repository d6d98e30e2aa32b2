#include "text/domains/lookalike.h"

#include <array>
#include <exception>

#include <unicode/uspoof.h>

#include "text/domains/detail/edit_distance.h"
#include "text/domains/link_info.h"

namespace rauch::text {
namespace {

std::uint32_t edit_budget(std::string_view brand_skeleton) {
  if (brand_skeleton.size() >= 9)
    return 2;
  return brand_skeleton.size() >= 4 ? 1 : 0;
}

std::string_view first_label(std::string_view domain) { return domain.substr(0, domain.find('.')); }

// Does one '-'-separated part of a host label stand for the brand? Exactly (its
// skeleton), as prefix or suffix for long brand labels ("veloralogin"), or one edit
// away for long brand labels ("vellora-login"). Short labels need an exact part:
// "apple" is the end of "pineapple".
bool part_names_brand(std::string_view part, std::string_view brand) {
  if (part == brand)
    return true;
  if (brand.size() < 6)
    return false;
  if (part.starts_with(brand) || part.ends_with(brand))
    return true;
  return detail::bounded_edit_distance(part, brand, 1) <= 1;
}

}  // namespace

void LookalikeDetector::CloseSpoof::operator()(USpoofChecker* checker) const {
  uspoof_close(checker);
}

Result<LookalikeDetector> LookalikeDetector::create(std::vector<std::string> brand_domains) {
  auto idna = detail::Idna::create();
  if (!idna)
    return tl::unexpected(idna.error());
  UErrorCode status = U_ZERO_ERROR;
  USpoofChecker* spoof = uspoof_open(&status);
  if (U_FAILURE(status) || spoof == nullptr) {
    return make_error(ErrorCode::kInternal,
                      std::string("ICU uspoof_open failed: ") + u_errorName(status));
  }
  LookalikeDetector detector(std::move(*idna), std::unique_ptr<USpoofChecker, CloseSpoof>(spoof));
  std::string ascii;
  for (const std::string& entry : brand_domains) {
    const std::string_view host = url_host(entry);
    if (host.empty() || !detector.idna_.to_ascii(host, ascii) ||
        ascii.size() > detail::kMaxHostBytes) {
      return make_error(ErrorCode::kInvalidArgument,
                        "brand domain '" + entry + "': not a valid host name");
    }
    const std::string_view registrable = registrable_domain(ascii);
    if (registrable.empty()) {
      return make_error(ErrorCode::kInvalidArgument,
                        "brand domain '" + entry + "': no registrable domain (public suffix?)");
    }
    Brand brand{.domain = std::string(registrable)};
    if (!detector.idna_.to_unicode(first_label(brand.domain), brand.label))
      brand.label = std::string(first_label(brand.domain));
    if (!detector.skeleton(brand.label, brand.skeleton)) {
      return make_error(ErrorCode::kInvalidArgument,
                        "brand domain '" + entry + "': cannot compute its skeleton");
    }
    detector.brands_.push_back(std::move(brand));
  }
  if (detector.brands_.empty())
    return make_error(ErrorCode::kInvalidArgument, "no brand domains configured");
  return detector;
}

// The UTS #39 skeleton, then ASCII lower case: ICU maps '0' to 'O' and '1' to 'l', and
// hosts are lower case, so "vel0ra" must meet "velora" on the same side.
bool LookalikeDetector::skeleton(std::string_view text, std::string& out) const {
  std::array<char, 1024> buffer{};
  UErrorCode status = U_ZERO_ERROR;
  const int32_t n = uspoof_getSkeletonUTF8(spoof_.get(), 0, text.data(),
                                           static_cast<int32_t>(text.size()), buffer.data(),
                                           static_cast<int32_t>(buffer.size()), &status);
  if (U_FAILURE(status) || n < 0)
    return false;
  out.assign(buffer.data(), static_cast<std::size_t>(n));
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z')
      c = static_cast<char>(c - 'A' + 'a');
  }
  return true;
}

std::optional<Lookalike> LookalikeDetector::check(std::string_view input) const {
  try {
    const std::string_view raw = url_host(input);
    std::string ascii;
    if (raw.empty() || raw.size() > 4 * detail::kMaxHostBytes || !idna_.to_ascii(raw, ascii) ||
        ascii.size() > detail::kMaxHostBytes) {
      return std::nullopt;
    }
    const std::string_view registrable = registrable_domain(ascii);
    if (registrable.empty())
      return std::nullopt;
    for (const Brand& brand : brands_) {
      if (registrable == brand.domain)
        return std::nullopt;  // The brand's own domain or one of its subdomains.
    }
    // The host without its public suffix, in Unicode: "login.аpple" for login.аpple.com.
    const std::size_t suffix_begin =
        ascii.size() - registrable.size() + first_label(registrable).size();
    std::string unicode;
    if (!idna_.to_unicode(std::string_view(ascii).substr(0, suffix_begin), unicode))
      return std::nullopt;
    const std::string_view label = std::string_view(unicode).substr(unicode.rfind('.') + 1);
    std::string label_skeleton;
    if (!skeleton(label, label_skeleton))
      return std::nullopt;
    for (const Brand& brand : brands_) {
      if (auto found = check_brand(brand, unicode, label, label_skeleton))
        return found;
    }
  } catch (const std::exception&) {
    // Allocation failure: report no lookalike rather than unwind through the pipeline.
  }
  return std::nullopt;
}

std::optional<Lookalike> LookalikeDetector::check_brand(const Brand& brand,
                                                        std::string_view unicode_host,
                                                        std::string_view registrable_label,
                                                        std::string_view label_skeleton) const {
  if (label_skeleton == brand.skeleton) {
    if (registrable_label == brand.label) {
      return Lookalike{.kind = LookalikeKind::kBrandName, .brand_domain = brand.domain,
                       .reason = "the brand name " + brand.label + " under another suffix"};
    }
    return Lookalike{.kind = LookalikeKind::kConfusable, .brand_domain = brand.domain,
                     .reason = "confusable with " + brand.domain + " (skeleton)"};
  }
  const std::uint32_t budget = edit_budget(brand.skeleton);
  if (budget > 0) {
    const std::uint32_t d = detail::bounded_edit_distance(label_skeleton, brand.skeleton, budget);
    if (d <= budget) {
      return Lookalike{.kind = LookalikeKind::kEditDistance, .brand_domain = brand.domain,
                       .distance = d,
                       .reason = "edit distance " + std::to_string(d) + " from " + brand.domain};
    }
  }
  // Every label left of the public suffix, split at '-': "velora-support",
  // "velora.de.example" and "login-vel0ra" all carry the brand name.
  std::string part_skeleton;
  std::size_t begin = 0;
  while (begin <= unicode_host.size()) {
    std::size_t end = unicode_host.find_first_of(".-", begin);
    if (end == std::string_view::npos)
      end = unicode_host.size();
    const std::string_view part = unicode_host.substr(begin, end - begin);
    if (!part.empty() && skeleton(part, part_skeleton) &&
        part_names_brand(part_skeleton, brand.skeleton)) {
      return Lookalike{.kind = LookalikeKind::kBrandName, .brand_domain = brand.domain,
                       .reason = "contains the brand name " + brand.label};
    }
    begin = end + 1;
  }
  return std::nullopt;
}

}  // namespace rauch::text
