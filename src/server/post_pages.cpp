#include "server/post_pages.h"

#include <httplib.h>
#include <sodium.h>

#include <algorithm>
#include <charconv>
#include <string>
#include <tuple>
#include <vector>

#include <fmt/format.h>

#include "core/post_json.h"
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

}  // namespace

Result<store::PostFilter> post_filter_of(const httplib::Request& req) {
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
  // What text analysis found: each a closed list, so a typo is a 400, not an empty page.
  for (const auto& [name, field, allowed] :
       {std::tuple{"sentiment", &filter.sentiment, "negative, neutral, positive"},
        {"intent", &filter.intent, "complaint, question, praise, suggestion, spam, other"}}) {
    if (!req.has_param(name))
      continue;
    *field = req.get_param_value(name);
    const std::string list = std::string(", ") + allowed + ",";
    if (field->empty() || list.find(" " + *field + ",") == std::string::npos)
      return make_error(ErrorCode::kInvalidArgument,
                        fmt::format("{}: unknown value \"{}\" ({})", name, *field, allowed));
  }
  if (req.has_param("lang")) {
    filter.language = req.get_param_value("lang");
    const bool code = (filter.language.size() == 2 || filter.language == "und") &&
                      std::all_of(filter.language.begin(), filter.language.end(),
                                  [](char c) { return c >= 'a' && c <= 'z'; });
    if (!code)
      return make_error(ErrorCode::kInvalidArgument,
                        "lang: a two-letter ISO 639-1 code in lower case (de, en, ...) or und");
  }
  if (req.has_param("q")) {
    filter.text = req.get_param_value("q");
    if (filter.text.size() > kMaxSearchBytes)
      return make_error(ErrorCode::kInvalidArgument,
                        fmt::format("q must be at most {} bytes", kMaxSearchBytes));
  }
  if (req.has_param("cursor")) {
    auto cursor = decode_cursor(req.get_param_value("cursor"));
    if (!cursor)
      return tl::unexpected(cursor.error());
    filter.after = std::move(*cursor);
  }
  return filter;
}

void send_post_page(httplib::Response& res, const Result<std::vector<Post>>& posts,
                    const store::PostFilter& filter) {
  if (!posts) {
    // The route checked limit; the store's other refusal is the search text.
    if (posts.error().code() == ErrorCode::kInvalidArgument && !filter.text.empty())
      return send_error(res, 400, "q: " + posts.error().message());
    return send_error(res, posts.error());
  }
  std::string body = "{\"posts\":[";
  for (std::size_t i = 0; i < posts->size(); ++i) {
    if (i > 0)
      body += ',';
    append_post_json((*posts)[i], body);
  }
  body += "],\"next_cursor\":";
  // A full page may have more after it; a short one is the end.
  if (static_cast<std::int64_t>(posts->size()) == filter.limit && !posts->empty())
    append_json_string(encode_cursor(posts->back()), body);
  else
    body += "null";
  body += '}';
  send_raw_json(res, std::move(body));
}

}  // namespace rauch::server
