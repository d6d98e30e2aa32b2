#pragma once

// Lookalike domains: hosts built to be mistaken for the brand's own domains
// ("paypa1.com", "rnicrosoft.com", "аpple.com" with a Cyrillic а, "velora-support.com").
// Three tests, strongest first, each against every configured brand domain:
//
//   confusable  ICU's UTS #39 skeleton of the domain label equals the brand's
//               ("vel0ra.de", "rnicrosoft.com", "аpple.com");
//   edit        the skeletons differ by 1 edit (2 for labels of 9+ characters):
//               insertion, deletion, substitution or swap ("veloar.de", "velorra.de");
//   brand name  a label of the host, or a '-'-separated part of one, is the brand label
//               or its lookalike ("velora-support.com", "ve1ora-login.de",
//               "velora.de.example.com", "velora.com" for brand velora.de).
//
// The brand's own domains and their subdomains ("support.apple.com") are never flagged.
// Brand labels shorter than 4 characters get only the skeleton and exact-part tests:
// "hp" is one edit away from too many real names (docs/text-analysis.md).

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.h"
#include "text/domains/detail/idna.h"

struct USpoofChecker;

namespace rauch::text {

enum class LookalikeKind : std::uint8_t { kConfusable, kEditDistance, kBrandName };

struct Lookalike {
  LookalikeKind kind = LookalikeKind::kConfusable;
  std::string brand_domain;  // The configured domain it imitates: "velora.de".
  std::uint32_t distance = 0;  // For kEditDistance: the number of edits.
  // For people: "confusable with velora.de (skeleton)", "edit distance 1 from
  // velora.de", "contains the brand name velora".
  std::string reason;
};

class LookalikeDetector {
 public:
  // `brand_domains`: the brand's registrable domains or hosts ("velora.de",
  // "www.velora.com", "bücher.de"); subdomains are reduced to their registrable domain.
  // Fails with kInvalidArgument naming the entry when one is not a valid domain, and
  // with kInternal when ICU cannot be opened.
  [[nodiscard]] static Result<LookalikeDetector> create(std::vector<std::string> brand_domains);

  // Checks a host (or a URL; its host is used). nullopt when the host is one of the
  // brand's domains, unrelated, or not a valid host name. const and thread-safe: one
  // detector serves all pipeline threads. Does not throw.
  std::optional<Lookalike> check(std::string_view host) const;

  struct Brand {
    std::string domain;    // ASCII registrable domain: "velora.de".
    std::string label;     // Its first label in Unicode: "velora".
    std::string skeleton;  // The label's skeleton, ASCII-lower-cased: "velora".
  };

 private:
  struct CloseSpoof {
    void operator()(USpoofChecker* checker) const;
  };
  LookalikeDetector(detail::Idna idna, std::unique_ptr<USpoofChecker, CloseSpoof> spoof)
      : idna_(std::move(idna)), spoof_(std::move(spoof)) {}

  bool skeleton(std::string_view text, std::string& out) const;
  std::optional<Lookalike> check_brand(const Brand& brand, std::string_view unicode_host,
                                       std::string_view registrable_label,
                                       std::string_view label_skeleton) const;

  detail::Idna idna_;
  std::unique_ptr<USpoofChecker, CloseSpoof> spoof_;
  std::vector<Brand> brands_;
};

}  // namespace rauch::text
