#pragma once

// The subcommands of the `rauchmelder` binary. Each register_* function adds one
// subcommand to the CLI11 app; its callback sets `exit_code`:
//   0 = success, 1 = done but some input lines were rejected, 2 = usage or I/O error.

namespace CLI {
class App;
}

namespace rauch::app {

inline constexpr int kExitOk = 0;
inline constexpr int kExitRejected = 1;
inline constexpr int kExitFailure = 2;

void register_ingest(CLI::App& app, int& exit_code);
void register_posts(CLI::App& app, int& exit_code);
void register_generate(CLI::App& app, int& exit_code);
void register_demo(CLI::App& app, int& exit_code);
void register_bench(CLI::App& app, int& exit_code);
void register_match(CLI::App& app, int& exit_code);
void register_query(CLI::App& app, int& exit_code);
void register_queries(CLI::App& app, int& exit_code);
void register_eval(CLI::App& app, int& exit_code);
void register_train(CLI::App& app, int& exit_code);
void register_analyze(CLI::App& app, int& exit_code);
void register_incidents(CLI::App& app, int& exit_code);
void register_backtest(CLI::App& app, int& exit_code);
void register_oncall(CLI::App& app, int& exit_code);
void register_notify(CLI::App& app, int& exit_code);

}  // namespace rauch::app
