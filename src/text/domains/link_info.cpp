#include "text/domains/link_info.h"

namespace rauch::text {

Result<LinkAnalyzer> LinkAnalyzer::create() {
  auto idna = detail::Idna::create();
  if (!idna)
    return tl::unexpected(idna.error());
  return LinkAnalyzer(std::move(*idna));
}

void LinkAnalyzer::analyze(std::string_view url, LinkInfo& out) const {
  out.host.clear();
  out.unicode_host.clear();
  out.registrable_domain.clear();
  out.is_shortener = false;
  out.valid = false;
  const std::string_view raw = url_host(url);
  if (raw.empty() || raw.size() > 4 * detail::kMaxHostBytes)
    return;
  if (!idna_.to_ascii(raw, out.host) || out.host.empty() ||
      out.host.size() > detail::kMaxHostBytes) {
    out.host.clear();
    return;
  }
  if (!idna_.to_unicode(out.host, out.unicode_host))
    out.unicode_host = out.host;
  out.registrable_domain = registrable_domain(out.host);
  // t.co has no subdomains in use, but "www.bit.ly" does occur: test both.
  out.is_shortener = is_url_shortener(out.host) ||
                     (!out.registrable_domain.empty() && is_url_shortener(out.registrable_domain));
  out.valid = true;
}

LinkInfo analyze_link(std::string_view url) {
  auto analyzer = LinkAnalyzer::create();
  if (!analyzer)
    return {};
  return analyzer->analyze(url);
}

}  // namespace rauch::text
