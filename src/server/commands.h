#pragma once

// The subcommands of `rauchmelder` that the server module provides: `serve`, `users` and
// `tokens` (exit codes as in app/commands.h).

namespace CLI {
class App;
}

namespace rauch::server {

void register_serve(CLI::App& app, int& exit_code);
void register_access(CLI::App& app, int& exit_code);  // users, tokens

}  // namespace rauch::server
