#pragma once

// Splits a byte stream (a file or stdin) into lines, in bounded memory: the buffer never
// grows past kMaxPostLineBytes plus one read chunk, however long the input or a line is.
// Handles what real exports contain: CRLF endings, a UTF-8 byte order mark at the start,
// a missing newline at the end, and lines far too long (reported, then skipped without
// being buffered).

#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.h"

namespace rauch::ingest {

struct Line {
  std::string_view text;    // Without "\n" or "\r\n". Followed by kDecodePadding
                            // readable bytes. Valid until the next call to next().
  std::int64_t number = 0;  // 1-based.
  bool too_long = false;    // Longer than the limit: `text` is empty, the line skipped.
};

// Not thread-safe. Does not own the FILE.
class LineReader {
 public:
  // `max_line_bytes` is the longest line returned whole.
  explicit LineReader(std::FILE* file, std::size_t max_line_bytes = 1 << 20);

  // The next line; false at the end of input. kUnavailable on a read error.
  [[nodiscard]] Result<bool> next(Line& line);

  std::int64_t bytes_read() const { return bytes_read_; }

 private:
  // Reads more input after end_; returns bytes read (0 at EOF).
  Result<std::size_t> fill();
  // Moves the unread bytes to the front of the buffer.
  void compact();

  std::FILE* file_;
  std::size_t max_line_bytes_;
  std::vector<char> buffer_;
  std::size_t begin_ = 0;  // First unread byte.
  std::size_t end_ = 0;    // One past the last byte read.
  std::int64_t line_number_ = 0;
  std::int64_t bytes_read_ = 0;
  bool eof_ = false;
};

}  // namespace rauch::ingest
