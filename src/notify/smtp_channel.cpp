// E-mail over SMTP with libcurl: smtp:// (optionally requiring STARTTLS) or smtps://.

#include <cstring>

#include <fmt/format.h>

#include "notify/channel.h"
#include "notify/detail/curl.h"
#include "notify/email_message.h"
#include "notify/message_text.h"

namespace rauch::notify {
namespace {

// The upload source for curl's read callback.
struct Upload {
  std::string_view data;
  std::size_t sent = 0;
};

extern "C" std::size_t read_upload(char* buffer, std::size_t size, std::size_t count, void* user) {
  auto* upload = static_cast<Upload*>(user);
  const std::size_t n = std::min(size * count, upload->data.size() - upload->sent);
  std::memcpy(buffer, upload->data.data() + upload->sent, n);
  upload->sent += n;
  return n;
}

// The part after '@', for the Message-ID.
std::string_view domain_of(std::string_view address) {
  const std::size_t at = address.rfind('@');
  return at == std::string_view::npos ? std::string_view("rauchmelder") : address.substr(at + 1);
}

class SmtpChannel final : public Channel {
 public:
  SmtpChannel(SmtpSettings settings, Timeouts timeouts)
      : settings_(std::move(settings)), timeouts_(timeouts) {}
  std::string_view name() const override { return "smtp"; }

  Result<void> send(const Message& message, std::string_view address) override {
    if (settings_.url.empty() || settings_.from.empty())
      return make_error(ErrorCode::kInvalidArgument, "smtp: notify.smtp.url and from are not set");
    const std::string text = rfc5322_message(EmailParts{
        settings_.from, settings_.from_name, std::string(address), email_subject(message),
        email_body(message), message.sent_at,
        fmt::format("rauchmelder.{}.{}.{}@{}", message.incident.id, event_name(message.event),
                    message.sent_at.ms, domain_of(settings_.from))});
    return transfer(address, text);
  }

 private:
  Result<void> transfer(std::string_view to, const std::string& text) {
    auto handle = detail::new_handle(timeouts_, "smtp,smtps");
    if (!handle) return tl::unexpected(handle.error());
    CURL* h = handle->get();
    char error_buffer[CURL_ERROR_SIZE] = {};
    const std::string mail_from = fmt::format("<{}>", settings_.from);
    detail::CurlSlist recipients(curl_slist_append(nullptr, fmt::format("<{}>", to).c_str()));
    Upload upload{text};
    curl_easy_setopt(h, CURLOPT_URL, settings_.url.c_str());
    curl_easy_setopt(h, CURLOPT_ERRORBUFFER, error_buffer);
    curl_easy_setopt(h, CURLOPT_MAIL_FROM, mail_from.c_str());
    curl_easy_setopt(h, CURLOPT_MAIL_RCPT, recipients.get());
    curl_easy_setopt(h, CURLOPT_READFUNCTION, read_upload);
    curl_easy_setopt(h, CURLOPT_READDATA, &upload);
    curl_easy_setopt(h, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(h, CURLOPT_INFILESIZE_LARGE, static_cast<curl_off_t>(text.size()));
    if (settings_.starttls) curl_easy_setopt(h, CURLOPT_USE_SSL, static_cast<long>(CURLUSESSL_ALL));
    if (!settings_.username.empty()) {
      curl_easy_setopt(h, CURLOPT_USERNAME, settings_.username.c_str());
      curl_easy_setopt(h, CURLOPT_PASSWORD, settings_.password.c_str());
    }
    const CURLcode code = curl_easy_perform(h);
    if (code != CURLE_OK)
      return tl::unexpected(detail::transfer_error(name(), settings_.url, code, error_buffer));
    return {};
  }

  SmtpSettings settings_;
  Timeouts timeouts_;
};

}  // namespace

std::unique_ptr<Channel> make_smtp_channel(SmtpSettings settings, Timeouts timeouts) {
  return std::make_unique<SmtpChannel>(std::move(settings), timeouts);
}

}  // namespace rauch::notify
