// `rauchmelder users add|list|remove` and `rauchmelder tokens create|list|revoke`
// (docs/api.md#authentication). `tokens create` prints the new token alone on the last
// line of stdout: it is shown once and stored only as a slow hash.

#include <unistd.h>

#include <chrono>
#include <iostream>
#include <memory>
#include <string>

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "access/credentials.h"
#include "app/commands.h"
#include "app/time_arguments.h"
#include "server/commands.h"
#include "store/sqlite/sqlite_store.h"

namespace rauch::server {
namespace {

struct AccessArgs {
  std::string db = "rauchmelder.db";
  std::string name;
  std::string role = "viewer";
  bool password_stdin = false;
  bool json = false;
  std::int64_t id = 0;
};

int fail(std::string_view command, const Error& error) {
  fmt::print(stderr, "rauchmelder {}: {}\n", command, error.message());
  return error.code() == ErrorCode::kUnavailable || error.code() == ErrorCode::kInternal
             ? app::kExitFailure
             : app::kExitRejected;
}

template <typename Body>
int with_store(std::string_view command, const AccessArgs& args, Body&& body) {
  auto store = store::sqlite::SqliteStore::open(args.db);
  if (!store)
    return fail(command, store.error());
  return body(**store);
}

int add_user(const AccessArgs& args, store::Store& store) {
  store::UserRecord user;
  user.name = args.name;
  user.role = *store::role_from_name(args.role);
  user.created_at = app::wall_clock_now();
  if (args.password_stdin) {
    std::string password;
    std::getline(std::cin, password);
    if (password.size() < 12) {
      fmt::print(stderr, "rauchmelder users add: the password needs at least 12 characters\n");
      return app::kExitRejected;
    }
    auto hash = access::hash_secret(password);
    if (!hash)
      return fail("users add", hash.error());
    user.password_hash = std::move(*hash);
  }
  if (auto added = store.add_user(user); !added)
    return fail("users add", added.error());
  fmt::print("added user {} ({})\n", user.name, args.role);
  return app::kExitOk;
}

int list_users(const AccessArgs& args, store::Store& store) {
  auto users = store.list_users();
  if (!users)
    return fail("users list", users.error());
  nlohmann::json out = nlohmann::json::array();
  for (const store::UserRecord& u : *users) {
    if (args.json)
      out.push_back({{"name", u.name},
                     {"role", store::role_name(u.role)},
                     {"password", !u.password_hash.empty()},
                     {"created_at", format_rfc3339(u.created_at)}});
    else
      fmt::print("{}  {}  created {}{}\n", u.name, store::role_name(u.role),
                 format_rfc3339(u.created_at), u.password_hash.empty() ? "" : "  (password set)");
  }
  if (args.json)
    fmt::print("{}\n", out.dump());
  return app::kExitOk;
}

int remove_user(const AccessArgs& args, store::Store& store) {
  auto removed = store.remove_user(args.name, app::wall_clock_now());
  if (!removed)
    return fail("users remove", removed.error());
  if (!*removed) {
    fmt::print(stderr, "rauchmelder users remove: no user {}\n", args.name);
    return app::kExitRejected;
  }
  fmt::print("removed user {}; their tokens are revoked\n", args.name);
  return app::kExitOk;
}

int create_token(const AccessArgs& args, store::Store& store) {
  auto user = store.find_user(args.name);
  if (!user)
    return fail("tokens create", user.error());
  if (!*user) {
    fmt::print(stderr,
               "rauchmelder tokens create: no user {} (add it with `rauchmelder users add`)\n",
               args.name);
    return app::kExitRejected;
  }
  const store::Role role = *store::role_from_name(args.role);
  if (role > (*user)->role) {
    fmt::print(stderr, "rauchmelder tokens create: user {} is {}; a token cannot be {}\n",
               args.name, store::role_name((*user)->role), args.role);
    return app::kExitRejected;
  }
  auto made = access::generate_token();
  if (!made)
    return fail("tokens create", made.error());
  store::TokenRecord token;
  token.public_id = made->public_id;
  token.user = args.name;
  token.role = role;
  token.secret_hash = made->secret_hash;
  token.created_at = app::wall_clock_now();
  auto id = store.add_token(token);
  if (!id)
    return fail("tokens create", id.error());
  fmt::print("token {} for {} ({}); it is shown only now:\n{}\n", *id, args.name, args.role,
             made->token);
  return app::kExitOk;
}

int list_tokens(const AccessArgs& args, store::Store& store) {
  auto tokens = store.list_tokens();
  if (!tokens)
    return fail("tokens list", tokens.error());
  nlohmann::json out = nlohmann::json::array();
  for (const store::TokenRecord& t : *tokens) {
    const nlohmann::json revoked =
        t.revoked_at ? nlohmann::json(format_rfc3339(*t.revoked_at)) : nlohmann::json();
    if (args.json)
      out.push_back({{"id", t.id},
                     {"user", t.user},
                     {"role", store::role_name(t.role)},
                     {"created_at", format_rfc3339(t.created_at)},
                     {"revoked_at", revoked}});
    else
      fmt::print("{}  {}  {}  created {}{}\n", t.id, t.user, store::role_name(t.role),
                 format_rfc3339(t.created_at),
                 t.revoked_at ? "  revoked " + format_rfc3339(*t.revoked_at) : "");
  }
  if (args.json)
    fmt::print("{}\n", out.dump());
  return app::kExitOk;
}

int revoke_token(const AccessArgs& args, store::Store& store) {
  auto revoked = store.revoke_token(args.id, app::wall_clock_now());
  if (!revoked)
    return fail("tokens revoke", revoked.error());
  fmt::print("revoked token {} of {}\n", revoked->id, revoked->user);
  return app::kExitOk;
}

}  // namespace

void register_access(CLI::App& app, int& exit_code) {
  auto args = std::make_shared<AccessArgs>();
  const auto roles = CLI::IsMember({"viewer", "agent", "admin"});
  auto db = [&](CLI::App* cmd) {
    cmd->add_option("--db", args->db, "SQLite database file")->capture_default_str();
  };
  auto on = [&](CLI::App* cmd, std::string_view command,
                int (*run)(const AccessArgs&, store::Store&)) {
    cmd->callback([args, command, run, &exit_code] {
      exit_code = with_store(command, *args, [&](store::Store& s) { return run(*args, s); });
    });
  };

  CLI::App* users = app.add_subcommand(
      "users",
      "Users of the API and the dashboard, each with a role: viewer, agent or admin "
      "(docs/api.md#authentication)");
  users->require_subcommand(1);
  CLI::App* add = users->add_subcommand("add", "Add a user");
  add->add_option("name", args->name, "User name (A-Z a-z 0-9 . _ @ -)")->required();
  add->add_option("--role", args->role, "viewer, agent or admin")
      ->capture_default_str()
      ->check(roles);
  add->add_flag("--password-stdin", args->password_stdin,
                "Read a dashboard password (12+ characters) from the first line of stdin");
  db(add);
  on(add, "users add", add_user);
  CLI::App* list = users->add_subcommand("list", "List the users");
  list->add_flag("--json", args->json, "Print JSON: [{name, role, password, created_at}]");
  db(list);
  on(list, "users list", list_users);
  CLI::App* remove = users->add_subcommand("remove", "Remove a user and revoke their tokens");
  remove->add_option("name", args->name, "User name")->required();
  db(remove);
  on(remove, "users remove", remove_user);

  CLI::App* tokens = app.add_subcommand(
      "tokens", "API tokens: `Authorization: Bearer <token>` (docs/api.md#authentication)");
  tokens->require_subcommand(1);
  CLI::App* create = tokens->add_subcommand(
      "create", "Make a token for a user; prints it alone on the last line (shown only now)");
  create->add_option("--user", args->name, "The user the token acts as")->required();
  create->add_option("--role", args->role, "viewer, agent or admin (at most the user's)")
      ->capture_default_str()
      ->check(roles);
  db(create);
  on(create, "tokens create", create_token);
  CLI::App* tlist = tokens->add_subcommand("list", "List tokens (never their secrets)");
  tlist->add_flag("--json", args->json, "Print JSON: [{id, user, role, created_at, revoked_at}]");
  db(tlist);
  on(tlist, "tokens list", list_tokens);
  CLI::App* revoke = tokens->add_subcommand("revoke", "Revoke a token; it stops working at once");
  revoke->add_option("id", args->id, "Token id (tokens list)")->required();
  db(revoke);
  on(revoke, "tokens revoke", revoke_token);
}

}  // namespace rauch::server
