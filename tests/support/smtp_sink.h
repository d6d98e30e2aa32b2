#pragma once

// A tiny SMTP server on 127.0.0.1 for e-mail tests: speaks just enough of RFC 5321 (EHLO,
// MAIL FROM, RCPT TO, DATA, QUIT) for one client at a time and records each mail.

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "support/tcp_listener.h"

namespace rauch::testing {

struct ReceivedMail {
  std::string mail_from;  // The MAIL FROM argument, e.g. "<rauchmelder@velora.example>".
  std::vector<std::string> rcpt_to;
  std::string data;  // The message as sent after DATA, without the final ".\r\n".
};

class SmtpSink {
 public:
  SmtpSink();
  ~SmtpSink();

  std::string url() const;  // "smtp://127.0.0.1:PORT"
  std::vector<ReceivedMail> mails() const;
  bool wait_for(std::size_t count, std::chrono::milliseconds timeout) const;

 private:
  void serve(std::stop_token stop);
  void session(int fd);

  TcpListener listener_;
  mutable std::mutex mutex_;  // Protects mails_.
  mutable std::condition_variable cv_;
  std::vector<ReceivedMail> mails_;
  std::jthread thread_;
};

// Decodes standard base64, ignoring CR and LF (for checking mail bodies).
std::string decode_base64(const std::string& text);

}  // namespace rauch::testing
