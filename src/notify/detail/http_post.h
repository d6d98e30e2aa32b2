#pragma once

// POST of a JSON body over HTTP(S) with libcurl, shared by the webhook and Slack channels.
// Private to notify/.

#include <string>
#include <string_view>

#include "core/error.h"
#include "notify/notify_config.h"

namespace rauch::notify::detail {

// Success is a 2xx answer. kUnavailable "CHANNEL ENDPOINT: HTTP 500: <start of the answer>"
// or with curl's error text; kInvalidArgument for an empty URL.
[[nodiscard]] Result<void> post_json(std::string_view channel, std::string_view url,
                                     const std::string& body, const Timeouts& timeouts);

}  // namespace rauch::notify::detail
