#include "support/smtp_sink.h"

#include <unistd.h>

namespace rauch::testing {

SmtpSink::SmtpSink() : thread_([this](std::stop_token stop) { serve(stop); }) {}

SmtpSink::~SmtpSink() { thread_.request_stop(); }

std::string SmtpSink::url() const { return "smtp://127.0.0.1:" + std::to_string(listener_.port()); }

std::vector<ReceivedMail> SmtpSink::mails() const {
  std::lock_guard lock(mutex_);
  return mails_;
}

bool SmtpSink::wait_for(std::size_t count, std::chrono::milliseconds timeout) const {
  std::unique_lock lock(mutex_);
  return cv_.wait_for(lock, timeout, [&] { return mails_.size() >= count; });
}

void SmtpSink::serve(std::stop_token stop) {
  while (!stop.stop_requested()) {
    const int fd = listener_.accept_for(50);
    if (fd < 0) continue;
    session(fd);
    ::close(fd);
  }
}

void SmtpSink::session(int fd) {
  write_all(fd, "220 sink ESMTP\r\n");
  ReceivedMail mail;
  std::string line;
  while (true) {
    line.clear();
    if (!read_until(fd, line, "\r\n")) return;
    const std::string upper = line.substr(0, 4);
    if (upper == "EHLO" || upper == "HELO") {
      write_all(fd, "250-sink\r\n250 8BITMIME\r\n");
    } else if (upper == "MAIL") {
      mail.mail_from = line.substr(10, line.size() - 12);
      write_all(fd, "250 OK\r\n");
    } else if (upper == "RCPT") {
      mail.rcpt_to.push_back(line.substr(8, line.size() - 10));
      write_all(fd, "250 OK\r\n");
    } else if (upper == "DATA") {
      write_all(fd, "354 go ahead\r\n");
      std::string data;
      // The client sends the whole message and waits: a lone "." line ends it.
      if (!read_until(fd, data, "\r\n.\r\n")) return;
      mail.data = data.substr(0, data.size() - 3);
      {
        std::lock_guard lock(mutex_);
        mails_.push_back(mail);
      }
      cv_.notify_all();
      mail = ReceivedMail{};
      write_all(fd, "250 queued\r\n");
    } else if (upper == "QUIT") {
      write_all(fd, "221 bye\r\n");
      return;
    } else {
      write_all(fd, "250 OK\r\n");
    }
  }
}

std::string decode_base64(const std::string& text) {
  auto value = [](char c) -> int {
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= 'a' && c <= 'z') return c - 'a' + 26;
    if (c >= '0' && c <= '9') return c - '0' + 52;
    if (c == '+') return 62;
    if (c == '/') return 63;
    return -1;
  };
  std::string out;
  unsigned buffer = 0;
  int bits = 0;
  for (const char c : text) {
    const int v = value(c);
    if (v < 0) continue;  // CR, LF, '='.
    buffer = (buffer << 6) | static_cast<unsigned>(v);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += static_cast<char>((buffer >> bits) & 0xFF);
    }
  }
  return out;
}

}  // namespace rauch::testing
