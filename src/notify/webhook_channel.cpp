// The generic webhook: POSTs the documented JSON body (message.h, docs/notifications.md).

#include "notify/channel.h"
#include "notify/detail/http_post.h"

namespace rauch::notify {
namespace {

class WebhookChannel final : public Channel {
 public:
  explicit WebhookChannel(Timeouts timeouts) : timeouts_(timeouts) {}
  std::string_view name() const override { return "webhook"; }
  Result<void> send(const Message& message, std::string_view address) override {
    return detail::post_json(name(), address, webhook_json(message), timeouts_);
  }

 private:
  Timeouts timeouts_;
};

}  // namespace

std::unique_ptr<Channel> make_webhook_channel(Timeouts timeouts) {
  return std::make_unique<WebhookChannel>(timeouts);
}

}  // namespace rauch::notify
