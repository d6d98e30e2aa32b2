// Dashboard logins (docs/api.md#sessions): log in with name and password, ask who is
// logged in, log out. API clients do not need these: they send a bearer token.

#include <httplib.h>

#include <functional>
#include <string>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "access/credentials.h"
#include "server/api_routes.h"
#include "server/http_json.h"
#include "server/json_body.h"

namespace rauch::server {
namespace {

constexpr std::size_t kMaxLoginBody = 4096;

void log_in(RouteContext& context, const httplib::Request& req, httplib::Response& res) {
  const auto address = static_cast<std::int64_t>(std::hash<std::string>{}(req.remote_addr));
  if (auto wait = context.login_attempts.admit(address)) {
    res.set_header("Retry-After", "1");
    return send_error(res, 429, "too many login attempts from this address; wait a second");
  }
  if (req.body.size() > kMaxLoginBody)
    return send_error(res, 413, "a login body is at most 4 KiB");
  auto body = json_object_body(req.body, {"user", "password"}, false);
  if (!body)
    return send_error(res, body.error());
  auto name_field = string_field(*body, "user");
  auto password_field = string_field(*body, "password");
  if (!name_field || !password_field)
    return send_error(res, name_field ? password_field.error() : name_field.error());
  if (!*name_field || !*password_field)
    return send_error(res, 400, "body: user and password are both needed");
  const std::string name = std::move(**name_field);
  const std::string password = std::move(**password_field);
  auto user = context.store.read([&](store::Store& s) { return s.find_user(name); });
  if (!user)
    return send_error(res, user.error());
  // One answer for an unknown user, a user without a password and a wrong password.
  if (!*user || (*user)->password_hash.empty() ||
      !access::verify_secret((*user)->password_hash, password))
    return send_error(res, 401, "wrong user name or password");
  auto opened = context.sessions->open((*user)->name, (*user)->role);
  if (!opened)
    return send_error(res, opened.error());
  res.set_header("Set-Cookie", context.sessions->cookie(opened->id));
  res.set_header("Cache-Control", "no-store");
  send_json(res, {{"user", opened->session.user},
                  {"role", store::role_name(opened->session.role)},
                  {"csrf_token", opened->session.csrf_token}});
}

void who_am_i(httplib::Response& res, const Principal& who) {
  nlohmann::json out = {{"user", who.user},
                        {"role", store::role_name(who.role)},
                        {"via", who.csrf_token.empty() ? "token" : "session"}};
  if (!who.csrf_token.empty())
    out["csrf_token"] = who.csrf_token;
  res.set_header("Cache-Control", "no-store");
  send_json(res, out);
}

void log_out(RouteContext& context, const httplib::Request& req, httplib::Response& res,
             const Principal& who) {
  if (who.csrf_token.empty())
    return send_error(res, 400,
                      "this request came with an API token, not a session: revoke tokens with "
                      "rauchmelder tokens revoke");
  const std::string cookies = req.get_header_value("Cookie");
  if (const auto id = session_cookie(cookies))
    context.sessions->close(*id);
  res.set_header("Set-Cookie", context.sessions->expired_cookie());
  send_json(res, {{"logged_out", true}});
}

}  // namespace

std::vector<Route> session_routes(RouteContext& context) {
  using store::Role;
  return {
      {"POST", "/api/v1/session", std::nullopt, "/api/v1/session",
       [&context](const httplib::Request& req, httplib::Response& res, const Principal&) {
         log_in(context, req, res);
       }},
      {"GET", "/api/v1/session", Role::kViewer, "/api/v1/session",
       [](const httplib::Request&, httplib::Response& res, const Principal& who) {
         who_am_i(res, who);
       }},
      {"DELETE", "/api/v1/session", Role::kViewer, "/api/v1/session",
       [&context](const httplib::Request& req, httplib::Response& res, const Principal& who) {
         log_out(context, req, res, who);
       }},
  };
}

}  // namespace rauch::server
