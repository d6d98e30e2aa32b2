#pragma once

// Who is asking: checks "Authorization: Bearer <token>" against the store's API tokens.
// The slow hash is verified on a token's first use only; after that the token is found in
// an in-memory cache by a fast digest of its secret. Every request still reads the token's
// row, so a revoked token (or a removed user's) stops working at once, also when another
// process revoked it. Thread-safe.

#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "core/error.h"
#include "server/shared_store.h"
#include "store/access_record.h"

namespace rauch::server {

struct Principal {
  std::string user;
  store::Role role = store::Role::kViewer;
  // The API token's id; for a dashboard session the negative of its serial (rate limits).
  std::int64_t token_id = 0;
  std::string csrf_token;  // Sessions only: what requests other than GET must send.
};

class Authenticator {
 public:
  explicit Authenticator(SharedStore& store) : store_(store) {}

  // The principal of a valid, unrevoked token; nullopt for a missing, malformed, unknown,
  // revoked or wrong one (the caller answers 401 without saying which). kUnavailable when
  // the store cannot be read.
  [[nodiscard]] Result<std::optional<Principal>> authenticate(std::string_view authorization);

 private:
  struct Verified {
    std::string secret_hash;  // The stored hash the secret was verified against.
    std::string digest;       // fast_digest of the secret.
  };
  SharedStore& store_;
  std::mutex mutex_;
  std::unordered_map<std::string, Verified> verified_;  // By public id.
};

}  // namespace rauch::server
