// Slack- and Mattermost-compatible incoming webhooks: POST {"text": "..."} (message_text.h).

#include <nlohmann/json.hpp>

#include "notify/channel.h"
#include "notify/detail/http_post.h"
#include "notify/message_text.h"

namespace rauch::notify {
namespace {

class SlackChannel final : public Channel {
 public:
  explicit SlackChannel(Timeouts timeouts) : timeouts_(timeouts) {}
  std::string_view name() const override { return "slack"; }
  Result<void> send(const Message& message, std::string_view address) override {
    const nlohmann::json body = {{"text", slack_text(message)}};
    return detail::post_json(
        name(), address, body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace),
        timeouts_);
  }

 private:
  Timeouts timeouts_;
};

}  // namespace

std::unique_ptr<Channel> make_slack_channel(Timeouts timeouts) {
  return std::make_unique<SlackChannel>(timeouts);
}

}  // namespace rauch::notify
