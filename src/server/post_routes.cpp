// Posts (docs/api.md#posts): a filtered list, newest first, in pages with an opaque cursor;
// one post with its analysis. Viewer and up.

#include <httplib.h>
#include <sodium.h>

#include <charconv>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "core/post_analysis_json.h"
#include "core/post_json.h"
#include "server/api_routes.h"
#include "server/http_json.h"
#include "server/query_params.h"

namespace rauch::server {
namespace {

constexpr std::int64_t kMaxPostsPage = 1000;
constexpr int kCursorVariant = sodium_base64_VARIANT_URLSAFE_NO_PADDING;

// "ms\nsource\nid" in base64url: opaque to clients, stable across restarts.
std::string encode_cursor(const Post& last) {
  const std::string plain =
      fmt::format("{}\n{}\n{}", last.created_at.ms, source_name(last.source), last.id);
  std::string out(sodium_base64_ENCODED_LEN(plain.size(), kCursorVariant), '\0');
  sodium_bin2base64(out.data(), out.size(), reinterpret_cast<const unsigned char*>(plain.data()),
                    plain.size(), kCursorVariant);
  out.resize(out.find('\0'));
  return out;
}

Result<store::PostCursor> decode_cursor(std::string_view text) {
  auto bad = [] {
    return make_error(ErrorCode::kInvalidArgument, "cursor: not a cursor this server made");
  };
  if (text.size() > 4096)
    return bad();
  std::string plain(text.size(), '\0');
  std::size_t length = 0;
  if (sodium_base642bin(reinterpret_cast<unsigned char*>(plain.data()), plain.size(), text.data(),
                        text.size(), nullptr, &length, nullptr, kCursorVariant) != 0)
    return bad();
  plain.resize(length);
  const std::size_t first = plain.find('\n');
  const std::size_t second = first == std::string::npos ? first : plain.find('\n', first + 1);
  if (second == std::string::npos)
    return bad();
  store::PostCursor cursor;
  const auto [end, ec] = std::from_chars(plain.data(), plain.data() + first, cursor.created_at.ms);
  const auto source =
      source_from_name(std::string_view(plain).substr(first + 1, second - first - 1));
  if (ec != std::errc() || end != plain.data() + first || !source)
    return bad();
  cursor.source = *source;
  cursor.id = plain.substr(second + 1);
  return cursor;
}

Result<store::PostFilter> filter_of(const httplib::Request& req) {
  store::PostFilter filter;
  auto limit = int_param(req, "limit", 50, 1, kMaxPostsPage);
  if (!limit)
    return tl::unexpected(limit.error());
  filter.limit = *limit;
  auto since = time_param(req, "since");
  if (!since)
    return tl::unexpected(since.error());
  filter.since = *since;
  auto until = time_param(req, "until");
  if (!until)
    return tl::unexpected(until.error());
  filter.until = *until;
  if (req.has_param("source")) {
    const auto source = source_from_name(req.get_param_value("source"));
    if (!source)
      return make_error(ErrorCode::kInvalidArgument, fmt::format("source: unknown network \"{}\"",
                                                                 req.get_param_value("source")));
    filter.source = *source;
  }
  if (req.has_param("author"))
    filter.author = req.get_param_value("author");
  if (req.has_param("own")) {
    const std::string own = req.get_param_value("own");
    if (own != "true" && own != "false")
      return make_error(ErrorCode::kInvalidArgument, "own must be true or false");
    filter.own = own == "true";
  }
  if (req.has_param("cursor")) {
    auto cursor = decode_cursor(req.get_param_value("cursor"));
    if (!cursor)
      return tl::unexpected(cursor.error());
    filter.after = std::move(*cursor);
  }
  return filter;
}

void list(RouteContext& context, const httplib::Request& req, httplib::Response& res) {
  auto filter = filter_of(req);
  if (!filter)
    return send_error(res, filter.error());
  auto posts = context.store.read([&](store::Store& s) { return s.list_posts(*filter); });
  if (!posts)
    return send_error(res, posts.error());
  std::string body = "{\"posts\":[";
  for (std::size_t i = 0; i < posts->size(); ++i) {
    if (i > 0)
      body += ',';
    append_post_json((*posts)[i], body);
  }
  body += "],\"next_cursor\":";
  // A full page may have more after it; a short one is the end.
  if (static_cast<std::int64_t>(posts->size()) == filter->limit && !posts->empty())
    append_json_string(encode_cursor(posts->back()), body);
  else
    body += "null";
  body += '}';
  send_raw_json(res, std::move(body));
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
