#pragma once

// Who may use the API (docs/api.md#authentication): users with a role, and API tokens
// that act as one user with a role. Secrets are stored only as slow hashes (libsodium's
// crypto_pwhash_str, computed by the server module); the store never sees a secret.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/timestamp.h"

namespace rauch::store {

// viewer < agent < admin: each role may do what the roles below it may.
enum class Role : std::uint8_t { kViewer, kAgent, kAdmin };

std::string_view role_name(Role role);                      // "viewer", "agent", "admin"
std::optional<Role> role_from_name(std::string_view name);  // nullopt for others

inline constexpr std::size_t kMaxUserNameBytes = 64;

struct UserRecord {
  std::string name;  // 1..64 bytes of [A-Za-z0-9._@-]
  Role role = Role::kViewer;
  std::string password_hash;  // "" = no password (API tokens only)
  Timestamp created_at;       // wall clock
};

struct TokenRecord {
  std::int64_t id = 0;    // Assigned by the store.
  std::string public_id;  // The part of the token that names it (not secret).
  std::string user;
  Role role = Role::kViewer;
  std::string secret_hash;  // crypto_pwhash_str of the secret part
  Timestamp created_at;     // wall clock
  std::optional<Timestamp> revoked_at;
};

// Whether `name` is a valid user name (see UserRecord).
bool valid_user_name(std::string_view name);

}  // namespace rauch::store
