#pragma once

// What a link in a post points to: its host in ASCII and Unicode form, the registrable
// domain (the part someone bought: "support.acme.co.uk" -> "acme.co.uk", from the Public
// Suffix List built into libpsl), and whether it is a URL shortener that hides the real
// target (docs/text-analysis.md, "Links and lookalike domains").

#include <string>
#include <string_view>

#include "core/error.h"
#include "text/domains/detail/idna.h"

namespace rauch::text {

struct LinkInfo {
  std::string host;                // Lower-case ASCII (punycode): "xn--pple-43d.com".
  std::string unicode_host;        // "аpple.com"; equals host for plain ASCII names.
  std::string registrable_domain;  // ASCII, "acme.co.uk"; empty for IP addresses, public
                                   // suffixes ("co.uk") and invalid hosts.
  bool is_shortener = false;       // bit.ly, t.co, tinyurl.com, ... (see shorteners.cpp).
  bool valid = false;              // False when no host could be read from the URL.
};

// The host part of a URL as written: "https://user@Support.Acme.co.uk:8443/x?y" ->
// "Support.Acme.co.uk". Accepts "www.x.de/..." and bare hosts; drops a trailing dot.
// A view into `url`.
std::string_view url_host(std::string_view url);

// True when `domain` (a lower-case registrable domain or host) is a known URL shortener.
bool is_url_shortener(std::string_view domain);

// Analyzes the links of posts. Built once (opens ICU's IDNA converter); analyze() is
// const and thread-safe, does not throw, and does not allocate once `out`'s strings have
// grown.
class LinkAnalyzer {
 public:
  [[nodiscard]] static Result<LinkAnalyzer> create();

  void analyze(std::string_view url, LinkInfo& out) const;
  LinkInfo analyze(std::string_view url) const {
    LinkInfo info;
    analyze(url, info);
    return info;
  }

 private:
  explicit LinkAnalyzer(detail::Idna idna) : idna_(std::move(idna)) {}
  detail::Idna idna_;
};

// One-off convenience: creates a LinkAnalyzer per call (cold path: tests, tools). An
// ICU failure gives an invalid LinkInfo.
LinkInfo analyze_link(std::string_view url);

// The registrable domain of a lower-case ASCII host per the built-in Public Suffix
// List, or an empty view (IP address, public suffix, unknown). A view into `host`;
// `host` must be NUL-terminated after its end (a std::string's view).
std::string_view registrable_domain(const std::string& host);

}  // namespace rauch::text
