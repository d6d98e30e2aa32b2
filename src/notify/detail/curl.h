#pragma once

// What the curl-based channels share: one-time global initialization, an easy handle with
// the timeouts and safety options every call needs, and error texts without secrets.
// Private to notify/.

#include <curl/curl.h>

#include <memory>
#include <string>
#include <string_view>

#include "core/error.h"
#include "notify/notify_config.h"

namespace rauch::notify::detail {

struct CurlDeleter {
  void operator()(CURL* handle) const { curl_easy_cleanup(handle); }
};
using CurlHandle = std::unique_ptr<CURL, CurlDeleter>;

struct SlistDeleter {
  void operator()(curl_slist* list) const { curl_slist_free_all(list); }
};
using CurlSlist = std::unique_ptr<curl_slist, SlistDeleter>;

// A fresh easy handle with connect and total timeouts, no signals (timeouts work in
// threads), no redirects, and only the given protocols ("http,https" or "smtp,smtps").
// kInternal when curl cannot make one.
[[nodiscard]] Result<CurlHandle> new_handle(const Timeouts& timeouts, const char* protocols);

// scheme://host[:port] of a URL: what an error message may show. Webhook URLs carry their
// secret in the path (Slack's /services/T../B../token), so it is left out.
std::string redacted_endpoint(std::string_view url);

// "CHANNEL ENDPOINT: CAUSE" with curl's error buffer when it has text, else curl's
// generic text for the code.
Error transfer_error(std::string_view channel, std::string_view url, CURLcode code,
                     const char* error_buffer);

}  // namespace rauch::notify::detail
