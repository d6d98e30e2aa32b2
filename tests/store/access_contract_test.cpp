// The contract for users and API tokens, part of StoreContract (store_contract_test.h).

#include <gtest/gtest.h>

#include "store/store_contract_test.h"

namespace rauch::store {
namespace {

UserRecord user(std::string name, Role role) {
  UserRecord u;
  u.name = std::move(name);
  u.role = role;
  u.created_at = Timestamp{1000};
  return u;
}

TokenRecord token(std::string public_id, std::string user_name, Role role) {
  TokenRecord t;
  t.public_id = std::move(public_id);
  t.user = std::move(user_name);
  t.role = role;
  t.secret_hash = "$argon2id$v=19$m=65536,t=2,p=1$c2FsdA$aGFzaA";
  t.created_at = Timestamp{2000};
  return t;
}

TEST_P(StoreContract, AddsListsAndRemovesUsers) {
  ASSERT_TRUE(store().add_user(user("mia", Role::kAgent)));
  ASSERT_TRUE(store().add_user(user("ben", Role::kViewer)));
  auto again = store().add_user(user("mia", Role::kAdmin));
  ASSERT_FALSE(again);
  EXPECT_EQ(again.error().code(), ErrorCode::kConflict);
  auto bad = store().add_user(user("mia; DROP TABLE users", Role::kAdmin));
  ASSERT_FALSE(bad);
  EXPECT_EQ(bad.error().code(), ErrorCode::kInvalidArgument);
  auto users = store().list_users();
  ASSERT_TRUE(users);
  ASSERT_EQ(users->size(), 2u);
  EXPECT_EQ((*users)[0].name, "ben");
  EXPECT_EQ((*users)[1].role, Role::kAgent);
  EXPECT_TRUE(*store().remove_user("ben", Timestamp{3000}));
  EXPECT_FALSE(*store().remove_user("ben", Timestamp{3000}));
  EXPECT_FALSE(store().find_user("ben")->has_value());
}

TEST_P(StoreContract, TokensBelongToAUserAndCanBeRevokedOnce) {
  auto orphan = store().add_token(token("p1", "nobody", Role::kAdmin));
  ASSERT_FALSE(orphan);
  EXPECT_EQ(orphan.error().code(), ErrorCode::kNotFound);
  ASSERT_TRUE(store().add_user(user("mia", Role::kAgent)));
  auto id = store().add_token(token("p1", "mia", Role::kAgent));
  ASSERT_TRUE(id) << id.error().message();
  auto found = store().find_token("p1");
  ASSERT_TRUE(found && found->has_value());
  EXPECT_EQ((*found)->user, "mia");
  EXPECT_EQ((*found)->role, Role::kAgent);
  EXPECT_FALSE((*found)->revoked_at);
  auto revoked = store().revoke_token(*id, Timestamp{5000});
  ASSERT_TRUE(revoked);
  EXPECT_EQ(revoked->revoked_at, Timestamp{5000});
  auto twice = store().revoke_token(*id, Timestamp{6000});
  ASSERT_FALSE(twice);
  EXPECT_EQ(twice.error().code(), ErrorCode::kConflict);
  EXPECT_EQ(store().revoke_token(999, Timestamp{6000}).error().code(), ErrorCode::kNotFound);
}

TEST_P(StoreContract, RemovingAUserRevokesItsTokens) {
  ASSERT_TRUE(store().add_user(user("mia", Role::kAgent)));
  ASSERT_TRUE(store().add_token(token("p1", "mia", Role::kAgent)));
  ASSERT_TRUE(store().add_token(token("p2", "mia", Role::kViewer)));
  ASSERT_TRUE(*store().remove_user("mia", Timestamp{7000}));
  auto tokens = store().list_tokens();
  ASSERT_TRUE(tokens);
  ASSERT_EQ(tokens->size(), 2u);
  for (const TokenRecord& t : *tokens)
    EXPECT_EQ(t.revoked_at, Timestamp{7000}) << t.public_id;
}

}  // namespace
}  // namespace rauch::store
