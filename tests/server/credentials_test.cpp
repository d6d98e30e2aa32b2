#include "access/credentials.h"

#include <set>

#include <gtest/gtest.h>

namespace rauch::access {
namespace {

TEST(Credentials, TokensAreUniqueWellFormedAndStoredOnlyAsASlowHash) {
  std::set<std::string> seen;
  for (int i = 0; i < 3; ++i) {
    auto t = generate_token();
    ASSERT_TRUE(t) << t.error().message();
    EXPECT_TRUE(seen.insert(t->token).second);
    auto parts = parse_token(t->token);
    ASSERT_TRUE(parts) << t->token;
    EXPECT_EQ(parts->public_id, t->public_id);
    EXPECT_EQ(t->secret_hash.find(std::string(parts->secret)), std::string::npos);
    EXPECT_TRUE(t->secret_hash.starts_with("$argon2id$")) << t->secret_hash;
    EXPECT_TRUE(verify_secret(t->secret_hash, parts->secret));
    std::string wrong(parts->secret);
    wrong[0] = wrong[0] == 'A' ? 'B' : 'A';
    EXPECT_FALSE(verify_secret(t->secret_hash, wrong));
  }
}

TEST(Credentials, MalformedTokensAreRefusedBeforeAnyLookup) {
  auto t = generate_token();
  ASSERT_TRUE(t);
  for (const std::string& bad :
       {std::string(), std::string("rmt_"), std::string("Bearer ") + t->token, t->token.substr(1),
        t->token + "x", t->token.substr(0, t->token.size() - 1),
        std::string("rmt_ZZZZZZZZZZZZZZZZ_") + std::string(43, 'a'),
        std::string("rmt_0123456789abcdef_") + std::string(42, 'a') + "/"})
    EXPECT_FALSE(parse_token(bad)) << bad;
}

TEST(Credentials, PasswordsVerifyOnlyAgainstTheirOwnHash) {
  auto a = hash_secret("correct horse battery staple");
  auto b = hash_secret("correct horse battery staple");
  ASSERT_TRUE(a && b);
  EXPECT_NE(*a, *b);  // Salted.
  EXPECT_TRUE(verify_secret(*a, "correct horse battery staple"));
  EXPECT_FALSE(verify_secret(*a, "correct horse battery stapler"));
  EXPECT_FALSE(verify_secret("not a hash", "x"));
}

}  // namespace
}  // namespace rauch::access
