#include "generate/detail/platform.h"

#include <array>

#include <fmt/format.h>

#include "generate/detail/random.h"

namespace rauch::generate::detail {
namespace {

// Indexed by Source; the order must match the enum.
constexpr std::array<std::string_view, 14> kPrefixes = {"t",  "x",  "fb", "ig", "md", "bs", "rd",
                                                        "yt", "fo", "bl", "nw", "rv", "em", "ot"};

constexpr std::string_view kMastodonInstances[] = {"mastodon.social", "chaos.social", "troet.cafe",
                                                   "norden.social", "mastodon.online"};
constexpr std::string_view kSubreddits[] = {"ebikes",        "fahrrad", "de",
                                            "bikecommuting", "germany", "ebike"};

std::uint64_t mix(std::uint64_t value) { return splitmix64(value); }

void append_code(std::uint64_t value, std::size_t length, std::string& out) {
  static constexpr char kAlphabet[] =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";
  for (std::size_t i = 0; i < length; ++i) {
    out += kAlphabet[value & 63U];
    value = value >> 6 | value << 58;
  }
}

void append_number(std::uint64_t value, std::string& out) {
  fmt::format_to(std::back_inserter(out), "{}", value);
}

std::uint64_t handle_hash(std::string_view handle) {
  std::uint64_t h = 1469598103934665603ULL;  // FNV-1a: stable, unlike std::hash.
  for (char c : handle) {
    h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ULL;
  }
  return h;
}

}  // namespace

std::string_view id_prefix(Source source) { return kPrefixes.at(static_cast<std::size_t>(source)); }

int id_prefix_rank(Source source) {
  const std::string_view mine = id_prefix(source);
  int rank = 0;
  for (std::string_view other : kPrefixes) {
    rank += other < mine ? 1 : 0;
  }
  return rank;
}

void append_post_id(Source source, std::uint64_t number, std::string& out) {
  out += id_prefix(source);
  fmt::format_to(std::back_inserter(out), "-{:08}", number);
}

void append_post_url(const Post& post, std::uint64_t number, std::string& out) {
  const std::string_view handle = post.author.handle;
  const std::uint64_t code = mix(number ^ handle_hash(handle));
  switch (post.source) {
    case Source::kTwitter:
    case Source::kX:
      out += post.source == Source::kX ? "https://x.com/" : "https://twitter.com/";
      out += handle;
      out += "/status/";
      append_number(1839000000000000000ULL + number * 104729ULL + (code & 0xffffU), out);
      break;
    case Source::kFacebook:
      out += "https://www.facebook.com/";
      out += handle;
      out += "/posts/pfbid0";
      append_code(code, 14, out);
      break;
    case Source::kInstagram:
      out += "https://www.instagram.com/p/C";
      append_code(code, 10, out);
      out += '/';
      break;
    case Source::kMastodon:
      out += "https://";
      out += kMastodonInstances[handle_hash(handle) % std::size(kMastodonInstances)];
      out += "/@";
      out += handle;
      out += '/';
      append_number(113000000000000000ULL + number * 7919ULL, out);
      break;
    case Source::kBluesky:
      out += "https://bsky.app/profile/";
      append_slug(handle, out);
      out += ".bsky.social/post/3l";
      append_code(code, 11, out);
      break;
    case Source::kReddit:
      out += "https://www.reddit.com/r/";
      out += kSubreddits[code % std::size(kSubreddits)];
      out += "/comments/1";
      append_code(code >> 8, 6, out);
      out += '/';
      break;
    case Source::kYoutube:
      out += "https://www.youtube.com/watch?v=";
      append_code(handle_hash(handle), 11, out);
      out += "&lc=Ugx";
      append_code(code, 12, out);
      break;
    case Source::kForum:
      out += "https://www.pedelec-forum.de/threads/velora.";
      append_number(48000 + (code % 4000), out);
      out += "/post-";
      append_number(number, out);
      break;
    case Source::kReview:
      out += "https://de.trustvote.example/reviews/velora.de/";
      append_code(code, 12, out);
      break;
    default:
      break;  // DMs, e-mail, news and blogs (those carry their article URL already).
  }
}

void append_slug(std::string_view title, std::string& out) {
  bool dash = false;
  const std::size_t begin = out.size();
  for (std::size_t i = 0; i < title.size() && out.size() - begin < 64; ++i) {
    const auto c = static_cast<unsigned char>(title[i]);
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      out += static_cast<char>(c);
      dash = false;
    } else if (c >= 'A' && c <= 'Z') {
      out += static_cast<char>(c + 32);
      dash = false;
    } else if (c == 0xc3 && i + 1 < title.size()) {
      // ä ö ü Ä Ö Ü ß as two-byte UTF-8 sequences.
      const auto next = static_cast<unsigned char>(title[++i]);
      out += next == 0xa4 || next == 0x84   ? "ae"
             : next == 0xb6 || next == 0x96 ? "oe"
             : next == 0xbc || next == 0x9c ? "ue"
             : next == 0x9f                 ? "ss"
                                            : "";
      dash = false;
    } else if (!dash && out.size() > begin && c < 0x80) {
      out += '-';
      dash = true;
    }
  }
  while (out.size() > begin && out.back() == '-') {
    out.pop_back();
  }
}

}  // namespace rauch::generate::detail
