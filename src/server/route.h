#pragma once

// One API route: method, path pattern (a regular expression as cpp-httplib takes it), the
// least role that may call it (none: public, e.g. /healthz), an example path for tests and
// docs, and the handler. The server authenticates and checks the role before the handler
// runs, so no handler can forget it.

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "server/authenticator.h"
#include "store/access_record.h"

namespace httplib {
struct Request;
struct Response;
}  // namespace httplib

namespace rauch::server {

using RouteHandler =
    std::function<void(const httplib::Request&, httplib::Response&, const Principal&)>;

struct Route {
  std::string method;  // "GET", "POST", "PUT", "DELETE"
  std::string pattern;
  std::optional<store::Role> min_role;  // nullopt: no authentication
  std::string example;                  // A concrete path that matches the pattern.
  RouteHandler handler;
};

}  // namespace rauch::server
