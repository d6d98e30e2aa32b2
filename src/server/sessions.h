#pragma once

// Dashboard logins (docs/api.md#sessions): a user who logs in with name and password gets
// a session id in an HttpOnly, SameSite=Strict cookie (Secure under TLS) and a CSRF token
// that every request other than GET must echo in X-CSRF-Token. Sessions live in memory:
// a restart logs everybody out, which is the safe direction. The table keeps only a
// digest of each id, ends a session after `idle` without requests or `lifetime` in all,
// and holds at most `max_sessions` (the oldest goes first). Thread-safe.

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "core/error.h"
#include "store/access_record.h"

namespace rauch::server {

inline constexpr std::string_view kSessionCookie = "rm_session";

struct SessionOptions {
  std::chrono::seconds idle{8 * 3600};
  std::chrono::seconds lifetime{24 * 3600};
  std::size_t max_sessions = 10'000;
  bool secure_cookie = false;  // Set under TLS: browsers then send it only over https.
};

struct Session {
  std::string user;
  store::Role role = store::Role::kViewer;
  std::string csrf_token;
  std::int64_t serial = 0;  // Counts up from 1; names the session in rate limits and logs.
};

struct NewSession {
  std::string id;  // Goes into the cookie; the table does not keep it.
  Session session;
};

class SessionTable {
 public:
  using Clock = std::chrono::steady_clock;
  explicit SessionTable(SessionOptions options) : options_(options) {}

  [[nodiscard]] Result<NewSession> open(std::string user, store::Role role,
                                        Clock::time_point now = Clock::now());
  // The session of a cookie value, nullopt when unknown or expired (then it is dropped).
  std::optional<Session> find(std::string_view id, Clock::time_point now = Clock::now());
  void close(std::string_view id);

  // The Set-Cookie value that stores the id, and the one that deletes it.
  std::string cookie(std::string_view id) const;
  std::string expired_cookie() const;

 private:
  struct Entry {
    Session session;
    Clock::time_point opened;
    Clock::time_point used;
  };
  SessionOptions options_;
  std::mutex mutex_;
  std::unordered_map<std::string, Entry> sessions_;  // By digest of the id.
  std::int64_t next_serial_ = 1;
};

// The value of the session cookie in a Cookie header, nullopt if there is none.
std::optional<std::string_view> session_cookie(std::string_view cookie_header);

}  // namespace rauch::server
