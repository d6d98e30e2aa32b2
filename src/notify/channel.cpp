#include "notify/channel.h"

namespace rauch::notify {

ChannelSet make_channels(const NotifyConfig& config) {
  ChannelSet channels;
  channels.emplace("webhook", make_webhook_channel(config.timeouts));
  channels.emplace("slack", make_slack_channel(config.timeouts));
  channels.emplace("smtp", make_smtp_channel(config.smtp, config.timeouts));
  channels.emplace("log", make_log_channel());
  return channels;
}

}  // namespace rauch::notify
