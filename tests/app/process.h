#pragma once

// Runs the real `rauchmelder` binary in a child process, for tests that check what a
// user sees: output, exit codes, and what survives a SIGKILL.

#include <sys/types.h>

#include <string>
#include <vector>

namespace rauch::testing {

struct ProcessResult {
  int exit_code = -1;  // -1 when killed by a signal.
  std::string out;
  std::string err;
};

// Runs the binary with `args`, feeding `input` on stdin, and waits for it.
ProcessResult run_rauchmelder(const std::vector<std::string>& args, const std::string& input = "");

// A running child whose stderr can be read line by line.
class RunningProcess {
 public:
  explicit RunningProcess(const std::vector<std::string>& args);
  ~RunningProcess();
  RunningProcess(const RunningProcess&) = delete;
  RunningProcess& operator=(const RunningProcess&) = delete;

  // The next line of stderr; false at end of stream or after `timeout_ms`.
  bool read_err_line(std::string& line, int timeout_ms);
  void kill_hard();  // SIGKILL, then reap.
  void signal(int sig);  // Sends `sig` (e.g. SIGTERM); wait() reaps.
  int wait();        // Exit code, -1 when killed by a signal.

 private:
  pid_t pid_ = -1;
  int err_fd_ = -1;
  std::string pending_;
  bool reaped_ = false;
  int status_ = 0;
};

}  // namespace rauch::testing
