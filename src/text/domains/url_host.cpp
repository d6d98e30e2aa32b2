#include "text/domains/link_info.h"

#include <libpsl.h>

namespace rauch::text {

std::string_view url_host(std::string_view url) {
  const std::size_t scheme = url.find("://");
  const std::size_t first_delim = url.find_first_of("/?#");
  if (scheme != std::string_view::npos && scheme < first_delim)
    url.remove_prefix(scheme + 3);
  url = url.substr(0, url.find_first_of("/?#\\"));
  const std::size_t at = url.rfind('@');
  if (at != std::string_view::npos)
    url.remove_prefix(at + 1);  // "user:pass@host" is a classic phishing disguise.
  if (!url.empty() && url.front() == '[')
    return url.substr(0, url.find(']') + 1);  // IPv6 literal.
  const std::size_t colon = url.find(':');
  url = url.substr(0, colon);
  while (!url.empty() && url.back() == '.')
    url.remove_suffix(1);
  return url;
}

std::string_view registrable_domain(const std::string& host) {
  if (host.empty() || host.front() == '[' ||
      host.find_first_not_of("0123456789.") == std::string::npos) {
    return {};  // IP addresses have no registrable domain.
  }
  // psl_builtin() is libpsl's compiled-in, immutable list: no file, no state.
  const char* domain = psl_registrable_domain(psl_builtin(), host.c_str());
  if (domain == nullptr)
    return {};
  const auto offset = static_cast<std::size_t>(domain - host.c_str());
  return std::string_view(host).substr(offset);
}

}  // namespace rauch::text
