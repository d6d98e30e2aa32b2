// Posts (docs/api.md#posts): a filtered list, newest first, in pages with an opaque cursor;
// one post with its analysis. Viewer and up.

#include <httplib.h>

#include <string>
#include <vector>

#include <fmt/format.h>

#include "core/post_analysis_json.h"
#include "core/post_json.h"
#include "server/api_routes.h"
#include "server/http_json.h"
#include "server/post_pages.h"

namespace rauch::server {
namespace {

void list(RouteContext& context, const httplib::Request& req, httplib::Response& res) {
  auto filter = post_filter_of(req);
  if (!filter)
    return send_error(res, filter.error());
  if (!req.has_param("query"))
    return send_post_page(
        res, context.store.read([&](store::Store& s) { return s.list_posts(*filter); }), *filter);
  // The posts a saved query matched (at ingest or by backfill), through its matches index.
  const std::string query_id = req.get_param_value("query");
  auto page = context.store.read([&](store::Store& s) -> Result<std::vector<Post>> {
    auto query = s.find_query(query_id);
    if (!query)
      return tl::unexpected(query.error());
    if (!*query)
      return make_error(ErrorCode::kNotFound, fmt::format("no saved query \"{}\"", query_id));
    return s.list_matched_posts(query_id, *filter);
  });
  send_post_page(res, std::move(page), *filter);
}

void one(RouteContext& context, const httplib::Request& req, httplib::Response& res) {
  const std::string source_text = req.matches[1], id = req.matches[2];
  const auto source = source_from_name(source_text);
  if (!source)
    return send_error(res, 400, fmt::format("unknown network \"{}\"", source_text));
  auto post = context.store.read([&](store::Store& s) { return s.find_post(*source, id); });
  if (!post)
    return send_error(res, post.error());
  if (!*post)
    return send_error(res, 404, fmt::format("no post {}:{}", source_text, id));
  auto analysis = context.store.read([&](store::Store& s) { return s.find_analysis(*source, id); });
  if (!analysis)
    return send_error(res, analysis.error());
  std::string body = "{\"post\":";
  append_post_json(**post, body);
  body += ",\"analysis\":";
  if (*analysis)
    append_analysis_json(**analysis, body);
  else
    body += "null";
  body += '}';
  send_raw_json(res, std::move(body));
}

}  // namespace

std::vector<Route> post_routes(RouteContext& context) {
  using store::Role;
  std::vector<Route> routes;
  routes.push_back(
      {"GET", "/api/v1/posts", Role::kViewer, "/api/v1/posts",
       [&context](const httplib::Request& req, httplib::Response& res, const Principal&) {
         list(context, req, res);
       }});
  routes.push_back(
      {"GET", R"(/api/v1/posts/([^/]+)/([^/]+))", Role::kViewer, "/api/v1/posts/twitter/1",
       [&context](const httplib::Request& req, httplib::Response& res, const Principal&) {
         one(context, req, res);
       }});
  return routes;
}

}  // namespace rauch::server
