#pragma once

// A TCP socket listening on 127.0.0.1 at a free port, for the test sinks. Also usable on
// its own as an endpoint that accepts connections into its backlog and never answers
// (a "dead" peer for timeout tests).

#include <string>

namespace rauch::testing {

class TcpListener {
 public:
  TcpListener();  // Aborts the test binary if no socket can be made.
  ~TcpListener();
  TcpListener(const TcpListener&) = delete;
  TcpListener& operator=(const TcpListener&) = delete;

  int port() const { return port_; }
  int fd() const { return fd_; }
  // Waits up to timeout_ms for a connection; -1 when none came.
  int accept_for(int timeout_ms) const;

 private:
  int fd_ = -1;
  int port_ = 0;
};

// Reads from `fd` until `out` ends with `terminator` (or the peer closes / 5 s pass).
bool read_until(int fd, std::string& out, const std::string& terminator);
// Writes all of `data`.
void write_all(int fd, const std::string& data);

}  // namespace rauch::testing
