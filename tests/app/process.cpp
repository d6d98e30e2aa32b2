#include "app/process.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <stdexcept>

namespace rauch::testing {
namespace {

std::vector<char*> make_argv(const std::vector<std::string>& args) {
  std::vector<char*> argv;
  argv.push_back(const_cast<char*>(RAUCH_BINARY_PATH));
  for (const auto& a : args) {
    argv.push_back(const_cast<char*>(a.c_str()));
  }
  argv.push_back(nullptr);
  return argv;
}

void must(bool ok, const char* what) {
  if (!ok) {
    throw std::runtime_error(what);
  }
}

int exit_code_of(int status) { return WIFEXITED(status) ? WEXITSTATUS(status) : -1; }

}  // namespace

ProcessResult run_rauchmelder(const std::vector<std::string>& args, const std::string& input) {
  int in[2], out[2], err[2];
  must(pipe(in) == 0 && pipe(out) == 0 && pipe(err) == 0, "pipe");
  auto argv = make_argv(args);
  const pid_t pid = fork();
  must(pid >= 0, "fork");
  if (pid == 0) {
    dup2(in[0], 0);
    dup2(out[1], 1);
    dup2(err[1], 2);
    for (int fd : {in[0], in[1], out[0], out[1], err[0], err[1]}) {
      close(fd);
    }
    execv(argv[0], argv.data());
    _exit(127);
  }
  close(in[0]);
  close(out[1]);
  close(err[1]);
  ProcessResult result;
  std::size_t written = 0;
  if (input.empty()) {
    close(in[1]);
    in[1] = -1;
  } else {
    fcntl(in[1], F_SETFL, O_NONBLOCK);
  }
  bool out_open = true, err_open = true;
  char buf[65536];
  while (out_open || err_open) {
    pollfd fds[3] = {{out[0], POLLIN, 0}, {err[0], POLLIN, 0}, {in[1], POLLOUT, 0}};
    poll(fds, in[1] >= 0 ? 3 : 2, 10'000);
    for (int i = 0; i < 2; ++i) {
      if ((fds[i].revents & (POLLIN | POLLHUP)) != 0) {
        const ssize_t n = read(fds[i].fd, buf, sizeof buf);
        if (n <= 0) {
          (i == 0 ? out_open : err_open) = false;
        } else {
          (i == 0 ? result.out : result.err).append(buf, static_cast<std::size_t>(n));
        }
      }
    }
    if (in[1] >= 0 && (fds[2].revents & (POLLOUT | POLLERR)) != 0) {
      const ssize_t n = write(in[1], input.data() + written, input.size() - written);
      written += n > 0 ? static_cast<std::size_t>(n) : 0;
      if (n < 0 || written == input.size()) {
        close(in[1]);
        in[1] = -1;
      }
    }
  }
  if (in[1] >= 0) {
    close(in[1]);
  }
  close(out[0]);
  close(err[0]);
  int status = 0;
  waitpid(pid, &status, 0);
  result.exit_code = exit_code_of(status);
  return result;
}

RunningProcess::RunningProcess(const std::vector<std::string>& args) {
  int err[2];
  must(pipe(err) == 0, "pipe");
  auto argv = make_argv(args);
  pid_ = fork();
  must(pid_ >= 0, "fork");
  if (pid_ == 0) {
    dup2(err[1], 2);
    close(err[0]);
    close(err[1]);
    const int devnull = open("/dev/null", O_RDWR);
    dup2(devnull, 0);
    dup2(devnull, 1);
    execv(argv[0], argv.data());
    _exit(127);
  }
  close(err[1]);
  err_fd_ = err[0];
}

RunningProcess::~RunningProcess() {
  if (!reaped_) {
    kill_hard();
  }
  close(err_fd_);
}

bool RunningProcess::read_err_line(std::string& line, int timeout_ms) {
  while (true) {
    const std::size_t newline = pending_.find('\n');
    if (newline != std::string::npos) {
      line = pending_.substr(0, newline);
      pending_.erase(0, newline + 1);
      return true;
    }
    pollfd fd{err_fd_, POLLIN, 0};
    if (poll(&fd, 1, timeout_ms) <= 0) {
      return false;
    }
    char buf[4096];
    const ssize_t n = read(err_fd_, buf, sizeof buf);
    if (n <= 0) {
      return false;
    }
    pending_.append(buf, static_cast<std::size_t>(n));
  }
}

void RunningProcess::signal(int sig) {
  if (!reaped_) ::kill(pid_, sig);
}

void RunningProcess::kill_hard() {
  if (reaped_) {
    return;
  }
  ::kill(pid_, SIGKILL);
  waitpid(pid_, &status_, 0);
  reaped_ = true;
}

int RunningProcess::wait() {
  if (!reaped_) {
    waitpid(pid_, &status_, 0);
    reaped_ = true;
  }
  return exit_code_of(status_);
}

}  // namespace rauch::testing
