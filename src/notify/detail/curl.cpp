#include "notify/detail/curl.h"

#include <fmt/format.h>

namespace rauch::notify::detail {
namespace {

// curl_global_init must run once before any handle is made and is not thread-safe
// itself; a function-local static gives exactly-once under C++ rules without any mutable
// global. Never cleaned up: handles may be in use until the process exits.
bool curl_ready() {
  static const bool ready = curl_global_init(CURL_GLOBAL_DEFAULT) == CURLE_OK;
  return ready;
}

}  // namespace

Result<CurlHandle> new_handle(const Timeouts& timeouts, const char* protocols) {
  if (!curl_ready()) return make_error(ErrorCode::kInternal, "curl_global_init failed");
  CurlHandle handle(curl_easy_init());
  if (!handle) return make_error(ErrorCode::kInternal, "curl_easy_init failed");
  CURL* h = handle.get();
  curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT_MS, static_cast<long>(timeouts.connect_ms));
  curl_easy_setopt(h, CURLOPT_TIMEOUT_MS, static_cast<long>(timeouts.total_ms));
  curl_easy_setopt(h, CURLOPT_FOLLOWLOCATION, 0L);
  curl_easy_setopt(h, CURLOPT_PROTOCOLS_STR, protocols);
  return handle;
}

std::string redacted_endpoint(std::string_view url) {
  const std::size_t scheme = url.find("://");
  if (scheme == std::string_view::npos) return "(invalid URL)";
  std::size_t host = scheme + 3;
  std::size_t end = url.find_first_of("/?#", host);
  std::string_view authority = url.substr(host, end == std::string_view::npos ? url.npos : end - host);
  // user:password@host: keep only the host.
  if (const std::size_t at = authority.rfind('@'); at != std::string_view::npos)
    authority = authority.substr(at + 1);
  return fmt::format("{}{}", url.substr(0, host), authority);
}

Error transfer_error(std::string_view channel, std::string_view url, CURLcode code,
                     const char* error_buffer) {
  const char* cause =
      error_buffer != nullptr && error_buffer[0] != '\0' ? error_buffer : curl_easy_strerror(code);
  return Error(ErrorCode::kUnavailable,
               fmt::format("{} {}: {}", channel, redacted_endpoint(url), cause));
}

}  // namespace rauch::notify::detail
