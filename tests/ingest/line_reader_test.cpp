#include "ingest/line_reader.h"

#include <cstdio>
#include <memory>
#include <vector>

#include <gtest/gtest.h>

namespace rauch::ingest {
namespace {

struct Read {
  std::int64_t number;
  std::string text;
  bool too_long;
  friend bool operator==(const Read&, const Read&) = default;
};

// Reads all of `input` through a LineReader with the given line limit.
std::vector<Read> read_all(std::string input, std::size_t max_line = 1 << 20) {
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> file(fmemopen(input.data(), input.size(), "rb"),
                                                       &std::fclose);
  LineReader reader(file.get(), max_line);
  std::vector<Read> out;
  Line line;
  while (*reader.next(line)) {
    out.push_back({line.number, std::string(line.text), line.too_long});
  }
  return out;
}

using V = std::vector<Read>;

TEST(LineReader, SplitsLinesAndNumbersThemFromOne) {
  EXPECT_EQ(read_all("a\nbb\nccc\n"), (V{{1, "a", false}, {2, "bb", false}, {3, "ccc", false}}));
}

TEST(LineReader, ReturnsTheLastLineWithoutANewline) {
  EXPECT_EQ(read_all("a\nb"), (V{{1, "a", false}, {2, "b", false}}));
}

TEST(LineReader, StripsCarriageReturnsOfCrlfEndings) {
  EXPECT_EQ(read_all("a\r\nb\r\n"), (V{{1, "a", false}, {2, "b", false}}));
}

TEST(LineReader, StripsAByteOrderMarkOnTheFirstLineOnly) {
  EXPECT_EQ(read_all("\xEF\xBB\xBF{}\n\xEF\xBB\xBF{}\n"),
            (V{{1, "{}", false}, {2, "\xEF\xBB\xBF{}", false}}));
}

TEST(LineReader, KeepsEmptyLinesSoNumbersStayRight) {
  EXPECT_EQ(read_all("a\n\nb\n"), (V{{1, "a", false}, {2, "", false}, {3, "b", false}}));
}

TEST(LineReader, MarksOverlongLinesAndGoesOnAfterThem) {
  const std::string huge(100, 'x');
  EXPECT_EQ(read_all("a\n" + huge + "\nb\n", 50),
            (V{{1, "a", false}, {2, "", true}, {3, "b", false}}));
  EXPECT_EQ(read_all("a\n" + huge, 50), (V{{1, "a", false}, {2, "", true}}));
}

TEST(LineReader, SkipsALineLargerThanItsBufferWithoutHoldingIt) {
  // 5 MiB in one line with a 1 KiB limit: the reader's buffer is far smaller than the
  // line, so it must skip the line in pieces.
  const std::string huge(5 << 20, 'y');
  auto lines = read_all("first\n" + huge + "\nlast\n", 1024);
  EXPECT_EQ(lines, (V{{1, "first", false}, {2, "", true}, {3, "last", false}}));
}

TEST(LineReader, HandlesLinesAcrossReadChunks) {
  std::string input;
  std::vector<Read> expected;
  for (int i = 1; i <= 30'000; ++i) {
    std::string text(static_cast<std::size_t>(i % 97 + 1), static_cast<char>('a' + i % 26));
    input += text + "\n";
    expected.push_back({i, text, false});
  }
  EXPECT_EQ(read_all(input), expected);
}

}  // namespace
}  // namespace rauch::ingest
