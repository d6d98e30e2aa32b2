#pragma once

// Decodes one NDJSON line into a Post, enforcing the input contract of
// docs/input-format.md. The hot path of ingest: after warm-up it does not allocate for
// valid lines (the Post's strings keep their capacity), and it never throws.

#include <cstddef>
#include <memory>
#include <optional>
#include <string_view>

#include "core/error.h"
#include "core/post.h"

namespace rauch::ingest {

// Bytes a caller must keep readable after every line it passes to decode(): the JSON
// parser reads ahead in 64-byte blocks. LineReader guarantees it.
inline constexpr std::size_t kDecodePadding = 64;

struct DecodeOptions {
  // Posts whose created_at is later than this are rejected as clock skew; nullopt accepts
  // any time. The CLI sets it to the wall clock plus a tolerance.
  std::optional<Timestamp> latest_created_at;
};

// Not thread-safe: use one decoder per thread.
class PostDecoder {
 public:
  explicit PostDecoder(DecodeOptions options = {});
  ~PostDecoder();
  PostDecoder(PostDecoder&&) noexcept;
  PostDecoder& operator=(PostDecoder&&) noexcept;
  PostDecoder(const PostDecoder&) = delete;
  PostDecoder& operator=(const PostDecoder&) = delete;

  // Decodes `line` (without its line terminator) into `post`, which is cleared first.
  // The kDecodePadding bytes after line.end() must be readable. On failure returns
  // kInvalidArgument with a reason naming the field ("created_at: expected ..."), and
  // `post` is unspecified.
  [[nodiscard]] Result<void> decode(std::string_view line, Post& post);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace rauch::ingest
