#include "app/incident_posts.h"

#include <algorithm>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "core/timestamp.h"
#include "detect/engine/signal_text.h"

namespace rauch::app {
namespace {

constexpr std::size_t kShownPosts = 3;
constexpr std::size_t kShownTextBytes = 140;

// At most `bytes` bytes of `text` on one line, cut at a character boundary, with "…"
// when cut.
std::string snippet(std::string_view text, std::size_t bytes) {
  std::string line;
  for (char c : text)
    line += (c == '\n' || c == '\r' || c == '\t') ? ' ' : c;
  if (line.size() <= bytes)
    return line;
  std::size_t n = bytes;
  while (n > 0 && (static_cast<unsigned char>(line[n]) & 0xC0) == 0x80)
    --n;
  line.resize(n);
  return line + "…";
}

struct LinkedPost {
  nlohmann::json json;
  std::int64_t followers = -1;
};

Result<LinkedPost> look_up(store::Store& store, const std::string& key) {
  LinkedPost linked;
  linked.json = {{"key", key}};
  const std::size_t colon = key.find(':');
  const auto source = colon == std::string::npos
                          ? std::nullopt
                          : source_from_name(std::string_view(key).substr(0, colon));
  if (!source)
    return linked;
  auto post = store.find_post(*source, std::string_view(key).substr(colon + 1));
  if (!post)
    return tl::unexpected(post.error());
  if (!*post)
    return linked;
  const Post& p = **post;
  const std::string& handle = p.author.handle.empty() ? p.author.id : p.author.handle;
  linked.followers = p.author.followers.value_or(-1);
  linked.json["url"] = p.url;
  linked.json["author"] = handle.empty() || handle.starts_with('@') ? handle : "@" + handle;
  linked.json["followers"] =
      p.author.followers ? nlohmann::json(*p.author.followers) : nlohmann::json();
  linked.json["at"] = format_rfc3339(p.created_at);
  linked.json["text"] = snippet(p.title.empty() ? p.text : p.title + " " + p.text, kShownTextBytes);
  return linked;
}

}  // namespace

Result<void> link_top_posts(store::Store& store, store::IncidentRecord& incident) {
  nlohmann::json details = nlohmann::json::parse(incident.details_json, nullptr, false);
  if (!details.is_object() || !details.contains("top_posts") || !details["top_posts"].is_array())
    return {};
  std::vector<LinkedPost> posts;
  for (const nlohmann::json& entry : details["top_posts"]) {
    if (!entry.is_string())
      return {};  // Already linked.
    auto linked = look_up(store, entry.get<std::string>());
    if (!linked)
      return tl::unexpected(linked.error());
    posts.push_back(std::move(*linked));
  }
  if (posts.empty())
    return {};
  // Most-followed first: the post that reaches most people is the one to read first.
  std::stable_sort(posts.begin(), posts.end(), [](const LinkedPost& a, const LinkedPost& b) {
    return a.followers > b.followers;
  });
  nlohmann::json linked = nlohmann::json::array();
  std::string block = "Top posts:";
  for (std::size_t i = 0; i < posts.size(); ++i) {
    const nlohmann::json& p = posts[i].json;
    if (i < kShownPosts && p.contains("url")) {
      const std::string followers =
          posts[i].followers >= 0
              ? fmt::format(" ({} followers)",
                            detect::with_thousands(static_cast<double>(posts[i].followers)))
              : "";
      const std::string url = p["url"].get<std::string>();
      block += fmt::format("\n  {}{}: {} {}", p["author"].get<std::string>(), followers,
                           p["text"].get<std::string>(),
                           url.empty() ? p["key"].get<std::string>() : url);
    }
    linked.push_back(p);
  }
  details["top_posts"] = std::move(linked);
  incident.details_json = details.dump();
  if (block != "Top posts:") {
    if (!incident.explanation.empty())
      incident.explanation += '\n';
    incident.explanation += block;
  }
  return {};
}

}  // namespace rauch::app
