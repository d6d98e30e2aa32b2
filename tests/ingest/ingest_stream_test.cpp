#include "ingest/ingest_stream.h"

#include <cstdio>
#include <memory>

#include <gtest/gtest.h>

#include "store/sqlite/sqlite_store.h"
#include "support/temp_dir.h"

namespace rauch::ingest {
namespace {

class CollectingSink final : public RejectSink {
 public:
  void reject(std::string_view file, std::int64_t line, std::string_view reason) override {
    reports.push_back(std::string(file) + ":" + std::to_string(line) + ": " + std::string(reason));
  }
  std::vector<std::string> reports;
};

std::string valid(int n) {
  return R"({"id":")" + std::to_string(n) + R"(","source":"twitter","text":"Post )" +
         std::to_string(n) + R"(","created_at":"2026-10-01T12:00:00Z","author":{"id":"u)" +
         std::to_string(n % 3) + R"("}})";
}

class IngestStreamTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto opened = store::sqlite::SqliteStore::open(dir_.file("t.db"));
    ASSERT_TRUE(opened) << opened.error().message();
    store_ = std::move(*opened);
  }

  store::IngestCounts ingest(std::string input, std::size_t batch_size = 8192) {
    std::unique_ptr<std::FILE, int (*)(std::FILE*)> file(fmemopen(input.data(), input.size(), "rb"),
                                                         &std::fclose);
    LineReader reader(file.get(), kMaxPostLineBytes);
    PostDecoder decoder;
    auto counts = ingest_stream("in.ndjson", reader, decoder, *store_, 0, sink_,
                                IngestOptions{.batch_size = batch_size});
    EXPECT_TRUE(counts) << counts.error().message();
    return counts.value_or(store::IngestCounts{});
  }

  testing::TempDir dir_;
  std::unique_ptr<store::Store> store_;
  CollectingSink sink_;
};

TEST_F(IngestStreamTest, StoresEveryValidLineAroundEveryKindOfBadLine) {
  std::string input;
  input += "\xEF\xBB\xBF" + valid(1) + "\r\n";  // 1: BOM + CRLF
  input += R"({"id":"2","source":"twitter","text":"oops")"
           "\n";             // 2: truncated
  input += valid(3) + "\n";  // 3
  input += R"({"source":"twitter","text":"t","created_at":"2026-10-01T12:00:00Z"})"
           "\n";  // 4
  input += R"({"id":"5","source":"twitter","text":5,"created_at":"2026-10-01T12:00:00Z"})"
           "\n";
  input +=
      "{\"id\":\"6\",\"source\":\"twitter\",\"text\":\"\xff\",\"created_at\":\"2026-10-01T12:00:"
      "00Z\"}\n";
  input += R"({"id":"7","source":"twitter","text":"t","created_at":"gestern"})"
           "\n";
  input += "\n";  // 8: blank
  input += R"({"id":"9","source":"twitter","text":")" + std::string(kMaxPostLineBytes, 'x') +
           R"(","created_at":"2026-10-01T12:00:00Z"})"
           "\n";                // 9: > 1 MiB
  input += valid(10) + "\r\n";  // 10: CRLF
  input += "   \t\n";           // 11: blank
  input += valid(12);           // 12: no newline
  auto counts = ingest(input, 2);
  EXPECT_EQ(counts, (store::IngestCounts{
                        .lines = 12, .stored = 4, .duplicates = 0, .rejected = 6, .blank = 2}));
  EXPECT_EQ(*store_->count_posts(), 4);
  ASSERT_EQ(sink_.reports.size(), 6U);
  EXPECT_EQ(sink_.reports[0],
            "in.ndjson:2: invalid JSON: truncated, or a comma, colon or bracket is missing");
  EXPECT_EQ(sink_.reports[1], "in.ndjson:4: id: missing (required: id, source, text, created_at)");
  EXPECT_EQ(sink_.reports[2], "in.ndjson:5: text: expected a string, got a number");
  EXPECT_EQ(sink_.reports[3], "in.ndjson:6: invalid UTF-8");
  EXPECT_EQ(sink_.reports[4],
            "in.ndjson:7: created_at: not an RFC 3339 timestamp: expected a 4-digit year at "
            "char 1");
  EXPECT_EQ(sink_.reports[5],
            "in.ndjson:9: line longer than 1 MiB (the limit for one post), skipped");
}

TEST_F(IngestStreamTest, IngestingTheSameInputTwiceChangesNothing) {
  std::string input;
  for (int i = 0; i < 1000; ++i) {
    input += valid(i) + "\n";
  }
  EXPECT_EQ(ingest(input, 64).stored, 1000);
  auto again = ingest(input, 64);
  EXPECT_EQ(again.stored, 0);
  EXPECT_EQ(again.duplicates, 1000);
  EXPECT_EQ(*store_->count_posts(), 1000);
  EXPECT_EQ(*store_->count_authors(), 3);
}

TEST_F(IngestStreamTest, ReportsTheFirstThousandErrorsThenSummarizes) {
  std::string input;
  for (int i = 0; i < 1500; ++i) {
    input += i % 2 == 0 ? "{broken\n"
                        : R"({"id":"x","source":"twitter","text":"t"})"
                          "\n";
  }
  input += valid(1) + "\n";
  char* text = nullptr;
  std::size_t size = 0;
  std::FILE* out = open_memstream(&text, &size);
  RejectReport report(out, 1000);
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> file(fmemopen(input.data(), input.size(), "rb"),
                                                       &std::fclose);
  LineReader reader(file.get());
  PostDecoder decoder;
  auto counts = ingest_stream("big.ndjson", reader, decoder, *store_, 0, report);
  report.finish();
  std::fclose(out);
  const std::string printed(text, size);
  std::free(text);
  ASSERT_TRUE(counts);
  EXPECT_EQ(counts->rejected, 1500);
  EXPECT_EQ(counts->stored, 1);
  EXPECT_EQ(std::count(printed.begin(), printed.end(), '\n'), 1001);
  EXPECT_NE(printed.find("big.ndjson:1000: created_at: missing"), std::string::npos);
  EXPECT_EQ(printed.find("big.ndjson:1001:"), std::string::npos);
  EXPECT_NE(printed.find("... 500 more rejected lines not shown after the first 1000 "
                         "(created_at: 250, invalid JSON: 250)"),
            std::string::npos)
      << printed.substr(printed.size() - 200);
}

}  // namespace
}  // namespace rauch::ingest
