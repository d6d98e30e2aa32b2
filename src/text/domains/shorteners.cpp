// URL shorteners: a link through one of these hides its target, which is how phishing
// links get past people who check the domain. The list covers the services seen in
// German and English social posts; brands can treat the rest as ordinary domains.

#include <algorithm>
#include <array>

#include "text/domains/link_info.h"

namespace rauch::text {
namespace {

// Sorted, for binary search (checked by a test).
constexpr std::array<std::string_view, 38> kShorteners{
    "adf.ly",   "amzn.to",     "bit.do",     "bit.ly",  "bitly.com", "bl.ink",    "buff.ly",
    "cli.re",   "cutt.ly",     "dlvr.it",    "fb.me",   "goo.gl",    "ift.tt",    "is.gd",
    "kurzelinks.de", "lnkd.in", "mcaf.ee",   "ow.ly",   "qr.ae",     "rb.gy",     "rebrand.ly",
    "s.id",     "shorturl.at", "snip.ly",    "t.co",    "t.ly",      "t1p.de",    "tiny.cc",
    "tinyurl.com", "tr.im",    "trib.al",    "u.to",    "urlz.fr",   "v.gd",      "wp.me",
    "x.co",     "y2u.be",      "youtu.be",
};

}  // namespace

bool is_url_shortener(std::string_view domain) {
  return std::binary_search(kShorteners.begin(), kShorteners.end(), domain);
}

}  // namespace rauch::text
