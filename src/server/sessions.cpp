#include "server/sessions.h"

#include <fmt/format.h>

#include "access/credentials.h"

namespace rauch::server {

Result<NewSession> SessionTable::open(std::string user, store::Role role,
                                      Clock::time_point now) {
  auto id = access::random_secret();
  if (!id)
    return tl::unexpected(id.error());
  auto csrf = access::random_secret();
  if (!csrf)
    return tl::unexpected(csrf.error());
  std::lock_guard lock(mutex_);
  if (sessions_.size() >= options_.max_sessions) {
    auto oldest = sessions_.begin();
    for (auto it = sessions_.begin(); it != sessions_.end(); ++it)
      if (it->second.opened < oldest->second.opened)
        oldest = it;
    sessions_.erase(oldest);
  }
  Session session{std::move(user), role, std::move(*csrf), next_serial_++};
  sessions_[access::fast_digest(*id)] = Entry{session, now, now};
  return NewSession{std::move(*id), std::move(session)};
}

std::optional<Session> SessionTable::find(std::string_view id, Clock::time_point now) {
  const std::string digest = access::fast_digest(id);
  std::lock_guard lock(mutex_);
  const auto it = sessions_.find(digest);
  if (it == sessions_.end())
    return std::nullopt;
  if (now - it->second.used > options_.idle || now - it->second.opened > options_.lifetime) {
    sessions_.erase(it);
    return std::nullopt;
  }
  it->second.used = now;
  return it->second.session;
}

void SessionTable::close(std::string_view id) {
  const std::string digest = access::fast_digest(id);
  std::lock_guard lock(mutex_);
  sessions_.erase(digest);
}

std::string SessionTable::cookie(std::string_view id) const {
  return fmt::format("{}={}; Path=/; Max-Age={}; HttpOnly; SameSite=Strict{}", kSessionCookie,
                     id, options_.lifetime.count(), options_.secure_cookie ? "; Secure" : "");
}

std::string SessionTable::expired_cookie() const {
  return fmt::format("{}=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict{}", kSessionCookie,
                     options_.secure_cookie ? "; Secure" : "");
}

std::optional<std::string_view> session_cookie(std::string_view header) {
  while (!header.empty()) {
    const std::size_t semicolon = header.find(';');
    std::string_view pair = header.substr(0, semicolon);
    header = semicolon == std::string_view::npos ? std::string_view() : header.substr(semicolon + 1);
    while (!pair.empty() && pair.front() == ' ')
      pair.remove_prefix(1);
    if (pair.starts_with(kSessionCookie) && pair.size() > kSessionCookie.size() &&
        pair[kSessionCookie.size()] == '=')
      return pair.substr(kSessionCookie.size() + 1);
  }
  return std::nullopt;
}

}  // namespace rauch::server
