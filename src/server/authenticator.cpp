#include "server/authenticator.h"

#include "access/credentials.h"

namespace rauch::server {

Result<std::optional<Principal>> Authenticator::authenticate(std::string_view authorization) {
  constexpr std::string_view kBearer = "Bearer ";
  if (!authorization.starts_with(kBearer))
    return std::optional<Principal>();
  const auto parts = access::parse_token(authorization.substr(kBearer.size()));
  if (!parts)
    return std::optional<Principal>();
  auto found = store_.read([&](store::Store& s) { return s.find_token(parts->public_id); });
  if (!found)
    return tl::unexpected(found.error());
  if (!*found || (*found)->revoked_at)
    return std::optional<Principal>();
  const store::TokenRecord& token = **found;
  const std::string digest = access::fast_digest(parts->secret);
  const std::string key(parts->public_id);
  {
    std::lock_guard lock(mutex_);
    const auto cached = verified_.find(key);
    if (cached != verified_.end() && cached->second.secret_hash == token.secret_hash &&
        cached->second.digest == digest)
      return std::optional<Principal>(Principal{token.user, token.role, token.id});
  }
  if (!access::verify_secret(token.secret_hash, parts->secret))
    return std::optional<Principal>();
  {
    std::lock_guard lock(mutex_);
    verified_[key] = Verified{token.secret_hash, digest};
  }
  return std::optional<Principal>(Principal{token.user, token.role, token.id});
}

}  // namespace rauch::server
