#include "access/credentials.h"

#include <sodium.h>

#include <array>

namespace rauch::access {
namespace {

constexpr std::string_view kPrefix = "rmt_";
constexpr std::size_t kPublicIdBytes = 8;  // 16 hex characters
constexpr std::size_t kSecretBytes = 32;   // 43 base64url characters
constexpr int kBase64Variant = sodium_base64_VARIANT_URLSAFE_NO_PADDING;

Result<void> ready() {
  // sodium_init is idempotent and thread-safe; -1 only when the library cannot work.
  if (sodium_init() < 0)
    return make_error(ErrorCode::kInternal, "libsodium cannot be initialised");
  return {};
}

bool all_of(std::string_view s, bool (*ok)(char)) {
  for (char c : s)
    if (!ok(c))
      return false;
  return true;
}

}  // namespace

Result<NewToken> generate_token() {
  if (auto r = ready(); !r)
    return tl::unexpected(r.error());
  std::array<unsigned char, kPublicIdBytes> id{};
  randombytes_buf(id.data(), id.size());
  std::array<char, kPublicIdBytes * 2 + 1> id_hex{};
  sodium_bin2hex(id_hex.data(), id_hex.size(), id.data(), id.size());
  auto secret = random_secret();
  if (!secret)
    return tl::unexpected(secret.error());
  NewToken t;
  t.public_id = id_hex.data();
  t.token = std::string(kPrefix) + t.public_id + "_" + *secret;
  auto hash = hash_secret(*secret);
  if (!hash)
    return tl::unexpected(hash.error());
  t.secret_hash = std::move(*hash);
  sodium_memzero(secret->data(), secret->size());
  return t;
}

Result<std::string> random_secret() {
  if (auto r = ready(); !r)
    return tl::unexpected(r.error());
  std::array<unsigned char, kSecretBytes> bytes{};
  randombytes_buf(bytes.data(), bytes.size());
  std::array<char, sodium_base64_ENCODED_LEN(kSecretBytes, kBase64Variant)> text{};
  sodium_bin2base64(text.data(), text.size(), bytes.data(), bytes.size(), kBase64Variant);
  sodium_memzero(bytes.data(), bytes.size());
  std::string out = text.data();
  sodium_memzero(text.data(), text.size());
  return out;
}

bool same_secret(std::string_view a, std::string_view b) {
  return a.size() == b.size() && sodium_memcmp(a.data(), b.data(), a.size()) == 0;
}

std::optional<TokenParts> parse_token(std::string_view token) {
  if (!token.starts_with(kPrefix))
    return std::nullopt;
  token.remove_prefix(kPrefix.size());
  if (token.size() < kPublicIdBytes * 2 + 1 || token[kPublicIdBytes * 2] != '_')
    return std::nullopt;
  TokenParts parts{token.substr(0, kPublicIdBytes * 2), token.substr(kPublicIdBytes * 2 + 1)};
  const bool hex = all_of(parts.public_id,
                          [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
  const bool base64url = all_of(parts.secret, [](char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-' ||
           c == '_';
  });
  if (!hex || !base64url || parts.secret.size() != 43)
    return std::nullopt;
  return parts;
}

Result<std::string> hash_secret(std::string_view secret) {
  if (auto r = ready(); !r)
    return tl::unexpected(r.error());
  std::array<char, crypto_pwhash_STRBYTES> out{};
  if (crypto_pwhash_str(out.data(), secret.data(), secret.size(),
                        crypto_pwhash_OPSLIMIT_INTERACTIVE,
                        crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
    return make_error(ErrorCode::kInternal, "hashing a secret ran out of memory");
  return std::string(out.data());
}

bool verify_secret(std::string_view hash, std::string_view secret) {
  if (!ready() || hash.size() >= crypto_pwhash_STRBYTES)
    return false;
  std::array<char, crypto_pwhash_STRBYTES> stored{};
  hash.copy(stored.data(), hash.size());
  return crypto_pwhash_str_verify(stored.data(), secret.data(), secret.size()) == 0;
}

std::string fast_digest(std::string_view secret) {
  std::array<unsigned char, crypto_generichash_BYTES> out{};
  crypto_generichash(out.data(), out.size(), reinterpret_cast<const unsigned char*>(secret.data()),
                     secret.size(), nullptr, 0);
  return std::string(reinterpret_cast<const char*>(out.data()), out.size());
}

}  // namespace rauch::access
