// Authors (docs/api.md#authors): an author's profile with figures over their stored
// posts, and their posts in pages as GET /api/v1/posts lists them. Viewer and up.

#include <httplib.h>

#include <string>
#include <vector>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "server/api_routes.h"
#include "server/http_json.h"
#include "server/post_pages.h"

namespace rauch::server {
namespace {

template <typename T>
nlohmann::json or_null(const std::optional<T>& value) {
  return value ? nlohmann::json(*value) : nlohmann::json(nullptr);
}

nlohmann::json profile_json(const store::AuthorProfile& profile) {
  const store::AuthorRecord& r = profile.record;
  return {{"source", source_name(r.source)},
          {"id", r.author.id},
          {"handle", r.author.handle},
          {"name", r.author.name},
          {"followers", or_null(r.author.followers)},
          {"verified", or_null(r.author.verified)},
          {"first_seen", format_rfc3339(r.first_seen)},
          {"last_seen", format_rfc3339(r.last_seen)},
          {"usual_language",
           r.usual_language.empty() ? nlohmann::json(nullptr) : nlohmann::json(r.usual_language)},
          {"posts", profile.posts},
          {"analyzed_posts", profile.analyzed_posts},
          {"average_sentiment", or_null(profile.average_sentiment)}};
}

// The author the path names ({source}/{id or handle}), or an answer already sent (400 for
// an unknown network, 404 for an unknown author, 503 when the store fails).
std::optional<store::AuthorProfile> find_author(RouteContext& context, const httplib::Request& req,
                                                httplib::Response& res) {
  const std::string source_text = req.matches[1], who = req.matches[2];
  const auto source = source_from_name(source_text);
  if (!source) {
    send_error(res, 400, fmt::format("unknown network \"{}\"", source_text));
    return std::nullopt;
  }
  auto profile =
      context.store.read([&](store::Store& s) { return s.author_profile(*source, who); });
  if (!profile) {
    send_error(res, profile.error());
    return std::nullopt;
  }
  if (!*profile)
    send_error(res, 404, fmt::format("no author {}:{}", source_text, who));
  return std::move(*profile);
}

void profile(RouteContext& context, const httplib::Request& req, httplib::Response& res) {
  if (auto author = find_author(context, req, res))
    send_json(res, {{"author", profile_json(*author)}});
}

void posts(RouteContext& context, const httplib::Request& req, httplib::Response& res) {
  auto filter = post_filter_of(req);
  if (!filter)
    return send_error(res, filter.error());
  auto author = find_author(context, req, res);
  if (!author)
    return;
  // The path names the author; source and author parameters are overridden.
  filter->source = author->record.source;
  filter->author = author->record.author.id;
  send_post_page(res, context.store.read([&](store::Store& s) { return s.list_posts(*filter); }),
                 *filter);
}

}  // namespace

std::vector<Route> author_routes(RouteContext& context) {
  using store::Role;
  std::vector<Route> routes;
  routes.push_back(
      {"GET", R"(/api/v1/authors/([^/]+)/([^/]+))", Role::kViewer, "/api/v1/authors/twitter/velora",
       [&context](const httplib::Request& req, httplib::Response& res, const Principal&) {
         profile(context, req, res);
       }});
  routes.push_back(
      {"GET", R"(/api/v1/authors/([^/]+)/([^/]+)/posts)", Role::kViewer,
       "/api/v1/authors/twitter/velora/posts",
       [&context](const httplib::Request& req, httplib::Response& res, const Principal&) {
         posts(context, req, res);
       }});
  return routes;
}

}  // namespace rauch::server
