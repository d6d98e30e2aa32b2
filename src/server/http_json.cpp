#include "server/http_json.h"

#include <httplib.h>

#include <nlohmann/json.hpp>

namespace rauch::server {

void send_raw_json(httplib::Response& res, std::string body, int status) {
  res.status = status;
  // Posts are hostile input; a browser must treat the answer as data, never sniff HTML.
  res.set_header("X-Content-Type-Options", "nosniff");
  res.set_content(std::move(body), "application/json; charset=utf-8");
}

void send_json(httplib::Response& res, const nlohmann::json& body, int status) {
  // Invalid UTF-8 in stored text becomes U+FFFD rather than an exception mid-answer.
  send_raw_json(res, body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace), status);
}

void send_error(httplib::Response& res, int status, std::string_view message) {
  send_json(res, {{"error", {{"status", status}, {"message", message}}}}, status);
}

int status_of(const Error& error) {
  switch (error.code()) {
    case ErrorCode::kInvalidArgument:
      return 400;
    case ErrorCode::kNotFound:
      return 404;
    case ErrorCode::kConflict:
      return 409;
    case ErrorCode::kUnavailable:
      return 503;
    default:
      return 500;
  }
}

void send_error(httplib::Response& res, const Error& error) {
  send_error(res, status_of(error), error.message());
}

}  // namespace rauch::server
