#include "ingest/line_reader.h"

#include <cerrno>
#include <cstring>

#include <fmt/format.h>

#include "ingest/post_decoder.h"

namespace rauch::ingest {
namespace {

constexpr std::size_t kChunkBytes = 1 << 20;
constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

}  // namespace

LineReader::LineReader(std::FILE* file, std::size_t max_line_bytes)
    : file_(file),
      max_line_bytes_(max_line_bytes),
      buffer_(max_line_bytes + kChunkBytes + kDecodePadding) {}

void LineReader::compact() {
  if (begin_ == 0) {
    return;
  }
  std::memmove(buffer_.data(), buffer_.data() + begin_, end_ - begin_);
  end_ -= begin_;
  begin_ = 0;
}

Result<std::size_t> LineReader::fill() {
  if (eof_) {
    return 0;
  }
  const std::size_t room = buffer_.size() - kDecodePadding - end_;
  const std::size_t n = std::fread(buffer_.data() + end_, 1, room, file_);
  if (n < room) {
    if (std::ferror(file_) != 0) {
      return make_error(ErrorCode::kUnavailable,
                        fmt::format("read failed: {}", std::strerror(errno)));
    }
    eof_ = true;
  }
  end_ += n;
  bytes_read_ += static_cast<std::int64_t>(n);
  return n;
}

Result<bool> LineReader::next(Line& line) {
  bool too_long = false;
  std::size_t scan_from = begin_;
  while (true) {
    const void* newline = std::memchr(buffer_.data() + scan_from, '\n', end_ - scan_from);
    const bool at_eof = newline == nullptr && eof_;
    if (newline != nullptr || (at_eof && end_ > begin_) || (at_eof && too_long)) {
      const std::size_t stop =
          newline != nullptr
              ? static_cast<std::size_t>(static_cast<const char*>(newline) - buffer_.data())
              : end_;
      std::string_view text(buffer_.data() + begin_, stop - begin_);
      begin_ = newline != nullptr ? stop + 1 : stop;
      ++line_number_;
      if (!text.empty() && text.back() == '\r') {
        text.remove_suffix(1);
      }
      if (line_number_ == 1 && text.starts_with(kByteOrderMark)) {
        text.remove_prefix(kByteOrderMark.size());
      }
      line.number = line_number_;
      line.too_long = too_long || text.size() > max_line_bytes_;
      line.text = line.too_long ? std::string_view() : text;
      // The decoder may read past the line's end; make that read deterministic.
      std::memset(buffer_.data() + end_, 0, kDecodePadding);
      return true;
    }
    if (at_eof) {
      return false;
    }
    if (end_ - begin_ > max_line_bytes_ + 2) {
      // Over the limit and no newline yet: drop what we have and keep scanning.
      too_long = true;
      begin_ = end_;
    }
    compact();
    scan_from = end_;
    auto n = fill();
    if (!n) {
      return tl::unexpected(std::move(n).error());
    }
  }
}

}  // namespace rauch::ingest
