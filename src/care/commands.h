#pragma once

// The subcommands of `rauchmelder` that the care module provides: `replies check`
// (exit codes as in app/commands.h).

namespace CLI {
class App;
}

namespace rauch::care {

void register_replies(CLI::App& app, int& exit_code);

}  // namespace rauch::care
