#include "text/model/model_file.h"

#include <cmath>
#include <cstdint>
#include <cstring>
#include <fstream>
#include <iterator>

#include <fmt/format.h>

namespace rauch::text::model {
namespace {

constexpr char kMagic[8] = {'R', 'A', 'U', 'C', 'H', 'L', 'M', '1'};
constexpr float kDropBelow = 1e-6f;

// The project builds for little-endian hosts (x86-64, arm64); memcpy keeps it portable
// across alignment, not across endianness.
template <typename T>
void put(std::string& out, T value) {
  char bytes[sizeof(T)];
  std::memcpy(bytes, &value, sizeof(T));
  out.append(bytes, sizeof(T));
}

class Reader {
 public:
  explicit Reader(std::span<const char> bytes) : bytes_(bytes) {}
  template <typename T>
  bool get(T& value) {
    if (bytes_.size() - pos_ < sizeof(T))
      return false;
    std::memcpy(&value, bytes_.data() + pos_, sizeof(T));
    pos_ += sizeof(T);
    return true;
  }
  bool get_floats(std::span<float> out) {
    for (float& f : out)
      if (!get(f) || !std::isfinite(f))
        return false;
    return true;
  }
  bool get_string(std::string& s, std::size_t length) {
    if (bytes_.size() - pos_ < length)
      return false;
    s.assign(bytes_.data() + pos_, length);
    pos_ += length;
    return true;
  }
  bool at_end() const { return pos_ == bytes_.size(); }

 private:
  std::span<const char> bytes_;
  std::size_t pos_ = 0;
};

// The header's flags byte (zero in files written before it had flags).
constexpr std::uint8_t kFlagHashtagWords = 1;

tl::unexpected<Error> corrupt(std::string_view what) {
  return make_error(ErrorCode::kInvalidArgument, fmt::format("model file: {}", what));
}

}  // namespace

std::string serialize(const LinearModel& model) {
  std::string out(kMagic, sizeof(kMagic));
  const FeatureConfig& c = model.config();
  put<std::uint32_t>(out, c.bucket_bits);
  put<std::uint8_t>(out, c.word_ngrams);
  put<std::uint8_t>(out, c.char_min);
  put<std::uint8_t>(out, c.char_max);
  put<std::uint8_t>(out, c.hashtag_words ? kFlagHashtagWords : 0);
  const std::size_t k = model.classes();
  put<std::uint32_t>(out, static_cast<std::uint32_t>(k));
  put<std::uint32_t>(out, static_cast<std::uint32_t>(model.dense_features()));
  for (const std::string& label : model.labels()) {
    put<std::uint32_t>(out, static_cast<std::uint32_t>(label.size()));
    out += label;
  }
  for (float f : model.bias())
    put(out, f);
  for (float f : model.dense_weights())
    put(out, f);
  const auto sparse = model.sparse_weights();
  const std::size_t buckets = sparse.size() / k;
  auto kept = [&](std::size_t b) {
    for (std::size_t j = 0; j < k; ++j)
      if (std::fabs(sparse[b * k + j]) >= kDropBelow)
        return true;
    return false;
  };
  std::uint32_t rows = 0;
  for (std::size_t b = 0; b < buckets; ++b)
    if (kept(b))
      ++rows;
  put(out, rows);
  for (std::size_t b = 0; b < buckets; ++b) {
    if (!kept(b))
      continue;
    put<std::uint32_t>(out, static_cast<std::uint32_t>(b));
    for (std::size_t j = 0; j < k; ++j)
      put(out, sparse[b * k + j]);
  }
  return out;
}

Result<LinearModel> deserialize(std::span<const char> bytes) {
  if (bytes.size() < sizeof(kMagic) || std::memcmp(bytes.data(), kMagic, sizeof(kMagic)) != 0)
    return corrupt("not a Rauchmelder model (bad magic)");
  Reader in(bytes.subspan(sizeof(kMagic)));
  FeatureConfig c;
  std::uint8_t flags = 0;
  std::uint32_t classes = 0, dense = 0;
  if (!in.get(c.bucket_bits) || !in.get(c.word_ngrams) || !in.get(c.char_min) ||
      !in.get(c.char_max) || !in.get(flags) || !in.get(classes) || !in.get(dense))
    return corrupt("truncated header");
  if ((flags & ~kFlagHashtagWords) != 0)
    return corrupt("unknown feature flags (written by a newer version?)");
  c.hashtag_words = (flags & kFlagHashtagWords) != 0;
  if (classes > kMaxClasses || dense > kMaxDense)
    return corrupt("too many classes or dense features");
  std::vector<std::string> labels(classes);
  for (std::string& label : labels) {
    std::uint32_t length = 0;
    if (!in.get(length) || length > 64 || !in.get_string(label, length))
      return corrupt("bad label");
  }
  auto model = LinearModel::create(c, std::move(labels), dense);
  if (!model)
    return corrupt(model.error().message());
  if (!in.get_floats(model->bias()) || !in.get_floats(model->dense_weights()))
    return corrupt("truncated weights");
  std::uint32_t rows = 0;
  if (!in.get(rows))
    return corrupt("truncated rows");
  const std::size_t buckets = std::size_t{1} << c.bucket_bits;
  const auto sparse = model->sparse_weights();
  for (std::uint32_t r = 0; r < rows; ++r) {
    std::uint32_t bucket = 0;
    if (!in.get(bucket) || bucket >= buckets)
      return corrupt("bad row index");
    if (!in.get_floats(sparse.subspan(std::size_t{bucket} * classes, classes)))
      return corrupt("truncated row");
  }
  if (!in.at_end())
    return corrupt("trailing bytes");
  return model;
}

Result<void> save_model(const LinearModel& model, const std::string& path) {
  const std::string bytes = serialize(model);
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  out.close();
  if (!out)
    return make_error(ErrorCode::kUnavailable, "cannot write model file " + path);
  return {};
}

Result<LinearModel> load_model(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in)
    return make_error(ErrorCode::kUnavailable, "cannot read model file " + path);
  const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  auto model = deserialize(bytes);
  if (!model)
    return make_error(model.error().code(), path + ": " + model.error().message());
  return model;
}

}  // namespace rauch::text::model
