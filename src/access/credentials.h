#pragma once

// API tokens and passwords (docs/api.md#authentication). A token is
// "rmt_<public id>_<secret>": the public id (16 hex characters) names the token in the
// store; the secret (32 random bytes, base64url) is shown once, when the token is made,
// and stored only as a slow hash (libsodium crypto_pwhash_str: Argon2id, interactive
// limits). Passwords are stored the same way.

#include <optional>
#include <string>
#include <string_view>

#include "core/error.h"

namespace rauch::access {

struct NewToken {
  std::string token;  // What the client sends as "Authorization: Bearer <token>".
  std::string public_id;
  std::string secret_hash;  // What the store keeps.
};

struct TokenParts {
  std::string_view public_id;
  std::string_view secret;
};

// kInternal when libsodium cannot be initialised or runs out of memory.
[[nodiscard]] Result<NewToken> generate_token();
// The parts of a well-formed token, nullopt otherwise (wrong prefix, lengths, characters).
std::optional<TokenParts> parse_token(std::string_view token);

// 32 random bytes as 43 base64url characters (session ids, CSRF tokens); kInternal when
// libsodium cannot be initialised.
[[nodiscard]] Result<std::string> random_secret();
// Compares two secrets in time that does not depend on where they differ.
bool same_secret(std::string_view a, std::string_view b);

// A slow hash of `secret` (a password or a token's secret), kInternal on failure.
[[nodiscard]] Result<std::string> hash_secret(std::string_view secret);
// Whether `secret` matches a hash made by hash_secret. Slow by design (tens of ms).
bool verify_secret(std::string_view hash, std::string_view secret);

// A fast keyed digest of a secret for the in-memory cache of already verified tokens
// (crypto_generichash, 32 bytes), so that only the first request of a token pays for the
// slow hash.
std::string fast_digest(std::string_view secret);

}  // namespace rauch::access
