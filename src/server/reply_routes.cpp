// The reply audit over the API (docs/api.md#replies): the dashboard's reply box checks a
// reply before it is sent, with the same findings as `rauchmelder replies check --json`.

#include <httplib.h>

#include <memory>
#include <string>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "care/reply_audit.h"
#include "care/reply_json.h"
#include "server/api_routes.h"
#include "server/http_json.h"
#include "server/json_body.h"

namespace rauch::server {
namespace {

constexpr std::size_t kMaxEarlierReplies = 50;

// The earlier replies of the conversation: [{"text": "...", "at": "RFC 3339"}, ...].
Result<std::vector<care::EarlierReply>> earlier_replies(const nlohmann::json& body) {
  std::vector<care::EarlierReply> out;
  if (!body.contains("earlier") || body["earlier"].is_null())
    return out;
  const nlohmann::json& list = body["earlier"];
  if (!list.is_array() || list.size() > kMaxEarlierReplies)
    return make_error(ErrorCode::kInvalidArgument,
                      fmt::format("earlier: an array of at most {} {{\"text\", \"at\"}} objects",
                                  kMaxEarlierReplies));
  for (std::size_t i = 0; i < list.size(); ++i) {
    const nlohmann::json& item = list[i];
    auto text = item.is_object() ? string_field(item, "text") : Result<std::optional<std::string>>();
    auto at = item.is_object() ? time_field(item, "at") : Result<std::optional<Timestamp>>();
    if (!item.is_object() || !text || !*text || !at || !*at || item.size() != 2)
      return make_error(ErrorCode::kInvalidArgument,
                        fmt::format("earlier[{}]: needs exactly \"text\" (a string) and \"at\" "
                                    "(an RFC 3339 time)",
                                    i));
    out.push_back({std::move(**text), **at});
  }
  return out;
}

void check(RouteContext& context, const care::ReplyAuditor& auditor, const httplib::Request& req,
           httplib::Response& res) {
  auto body = json_object_body(req.body, {"text", "lang", "at", "earlier"}, false);
  if (!body)
    return send_error(res, body.error());
  auto text = string_field(*body, "text");
  if (!text)
    return send_error(res, text.error());
  if (!*text)
    return send_error(res, 400, "text: the reply to check is needed");
  if ((*text)->size() > care::kMaxReplyBytes)
    return send_error(res, 413, fmt::format("text: at most {} bytes", care::kMaxReplyBytes));
  auto lang = string_field(*body, "lang");
  if (!lang)
    return send_error(res, lang.error());
  const std::string language = lang->value_or("");
  if (!language.empty() && language != "de" && language != "en")
    return send_error(res, 400, "lang: \"de\" or \"en\" (or absent for both rule sets)");
  auto at = time_field(*body, "at");
  if (!at)
    return send_error(res, at.error());
  auto earlier = earlier_replies(*body);
  if (!earlier)
    return send_error(res, earlier.error());
  care::ReplyContext reply_context{std::move(*earlier), at->value_or(context.wall_clock())};
  send_json(res, care::findings_json(auditor.check(**text, language, reply_context)));
}

}  // namespace

std::vector<Route> reply_routes(RouteContext& context) {
  auto auditor = std::make_shared<const care::ReplyAuditor>();
  return {
      {"POST", "/api/v1/replies/check", store::Role::kAgent, "/api/v1/replies/check",
       [&context, auditor](const httplib::Request& req, httplib::Response& res, const Principal&) {
         check(context, *auditor, req, res);
       }},
  };
}

}  // namespace rauch::server
