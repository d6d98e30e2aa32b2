#pragma once

// The OpenAPI 3 document of the API (src/server/openapi.json, compiled in), served at
// GET /api/openapi.json. A test checks that its paths and methods are exactly the routes.

#include <string_view>

namespace rauch::server {

std::string_view openapi_document();

}  // namespace rauch::server
