// The log channel: one spdlog line per message, for a team that watches the service log,
// and as the channel that cannot fail.

#include <spdlog/spdlog.h>

#include "notify/channel.h"

namespace rauch::notify {
namespace {

class LogChannel final : public Channel {
 public:
  std::string_view name() const override { return "log"; }
  Result<void> send(const Message& message, std::string_view /*address*/) override {
    const store::IncidentRecord& r = message.incident;
    spdlog::warn("notify event={} incident={} severity={} kind={} recipient={} level={} title=\"{}\"",
                 event_name(message.event), r.id, store::severity_name(r.severity), r.kind,
                 message.recipient.name, message.recipient.level, r.title);
    return {};
  }
};

}  // namespace

std::unique_ptr<Channel> make_log_channel() { return std::make_unique<LogChannel>(); }

}  // namespace rauch::notify
