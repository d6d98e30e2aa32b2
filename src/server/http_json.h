#pragma once

// JSON answers and errors of the API: every error is {"error": {"status", "message"}}
// with the HTTP status, so a client always gets a reason it can show.

#include <string>
#include <string_view>

#include <nlohmann/json_fwd.hpp>

#include "core/error.h"

namespace httplib {
struct Response;
}  // namespace httplib

namespace rauch::server {

void send_json(httplib::Response& res, const nlohmann::json& body, int status = 200);
void send_raw_json(httplib::Response& res, std::string body, int status = 200);
void send_error(httplib::Response& res, int status, std::string_view message);
// The HTTP status of a store or validation error: 400, 404, 409, 503 or 500.
int status_of(const Error& error);
void send_error(httplib::Response& res, const Error& error);

}  // namespace rauch::server
