#pragma once

// A channel delivers a Message to one address: a generic webhook (the JSON body of
// message.h), a Slack/Mattermost incoming webhook ({"text": ...}), e-mail over SMTP, or
// the log. Channels are called by the notifier's delivery step only, never on the ingest
// path; each network call is bounded by Timeouts (notify_config.h).

#include <map>
#include <memory>
#include <string>
#include <string_view>

#include "core/error.h"
#include "notify/message.h"
#include "notify/notify_config.h"

namespace rauch::notify {

class Channel {
 public:
  virtual ~Channel() = default;
  // "webhook", "slack", "smtp", "log": the name in the outbox and in the config.
  virtual std::string_view name() const = 0;
  // Sends one message to `address` (a URL, an e-mail address; ignored by the log).
  // kUnavailable naming the channel, the endpoint (without secrets such as a URL's path)
  // and the cause ("HTTP 500", curl's error text). Thread safety: one call at a time per
  // object.
  [[nodiscard]] virtual Result<void> send(const Message& message, std::string_view address) = 0;
};

// The channels by name.
using ChannelSet = std::map<std::string, std::unique_ptr<Channel>, std::less<>>;

std::unique_ptr<Channel> make_webhook_channel(Timeouts timeouts);
std::unique_ptr<Channel> make_slack_channel(Timeouts timeouts);
std::unique_ptr<Channel> make_smtp_channel(SmtpSettings settings, Timeouts timeouts);
std::unique_ptr<Channel> make_log_channel();

// All four, configured from `config`.
ChannelSet make_channels(const NotifyConfig& config);

}  // namespace rauch::notify
