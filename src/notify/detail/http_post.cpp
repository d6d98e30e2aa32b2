#include "notify/detail/http_post.h"

#include <fmt/format.h>

#include "notify/detail/curl.h"

namespace rauch::notify::detail {
namespace {

// Keeps the first bytes of the answer for the error message; a huge answer is not held.
constexpr std::size_t kMaxAnswerBytes = 200;

extern "C" std::size_t keep_answer_start(char* data, std::size_t size, std::size_t count,
                                         void* user) {
  auto* answer = static_cast<std::string*>(user);
  const std::size_t bytes = size * count;
  if (answer->size() < kMaxAnswerBytes)
    answer->append(data, std::min(bytes, kMaxAnswerBytes - answer->size()));
  return bytes;
}

std::string printable(std::string text) {
  for (char& c : text)
    if (static_cast<unsigned char>(c) < 0x20) c = ' ';
  return text;
}

}  // namespace

Result<void> post_json(std::string_view channel, std::string_view url, const std::string& body,
                       const Timeouts& timeouts) {
  if (url.empty())
    return make_error(ErrorCode::kInvalidArgument, fmt::format("{}: no URL", channel));
  auto handle = new_handle(timeouts, "http,https");
  if (!handle) return tl::unexpected(handle.error());
  CURL* h = handle->get();
  const std::string url_text(url);
  char error_buffer[CURL_ERROR_SIZE] = {};
  std::string answer;
  curl_slist* raw = curl_slist_append(nullptr, "Content-Type: application/json");
  CurlSlist headers(raw);
  // No "Expect: 100-continue" round trip: the bodies are small.
  headers.reset(curl_slist_append(headers.release(), "Expect:"));
  curl_easy_setopt(h, CURLOPT_URL, url_text.c_str());
  curl_easy_setopt(h, CURLOPT_ERRORBUFFER, error_buffer);
  curl_easy_setopt(h, CURLOPT_HTTPHEADER, headers.get());
  curl_easy_setopt(h, CURLOPT_POSTFIELDS, body.data());
  curl_easy_setopt(h, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(body.size()));
  curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, keep_answer_start);
  curl_easy_setopt(h, CURLOPT_WRITEDATA, &answer);
  curl_easy_setopt(h, CURLOPT_USERAGENT, "rauchmelder");
  const CURLcode code = curl_easy_perform(h);
  if (code != CURLE_OK) return tl::unexpected(transfer_error(channel, url, code, error_buffer));
  long status = 0;
  curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &status);
  if (status < 200 || status > 299)
    return make_error(ErrorCode::kUnavailable,
                      fmt::format("{} {}: HTTP {}{}{}", channel, redacted_endpoint(url), status,
                                  answer.empty() ? "" : ": ", printable(answer)));
  return {};
}

}  // namespace rauch::notify::detail
