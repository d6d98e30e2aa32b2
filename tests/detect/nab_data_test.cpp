#include <gtest/gtest.h>

#include "detect/nab/nab_data.h"
#include "detect/nab/nab_run.h"

namespace rauch::detect::nab {
namespace {

TEST(NabData, ParsesCsvAndTimesAsUtc) {
  auto rows = parse_csv("timestamp,value\n2015-02-26 21:42:53,104\n2015-02-26 21:47:53,100\n",
                        "x.csv");
  ASSERT_TRUE(rows) << rows.error().message();
  ASSERT_EQ(rows->size(), 2U);
  EXPECT_EQ(format_nab_time((*rows)[0].time), "2015-02-26 21:42:53");
  EXPECT_DOUBLE_EQ((*rows)[1].value, 100.0);
  EXPECT_EQ(bucket_minutes_of(*rows), 5);
  auto windowed = parse_nab_time("2015-03-03 04:37:53.000000");
  ASSERT_TRUE(windowed);
  EXPECT_EQ(format_nab_time(*windowed), "2015-03-03 04:37:53");
}

TEST(NabData, ReportsBadLinesWithFileAndLine) {
  auto bad_value = parse_csv("timestamp,value\n2015-02-26 21:42:53,abc\n", "x.csv");
  ASSERT_FALSE(bad_value);
  EXPECT_EQ(bad_value.error().message().rfind("x.csv:2: ", 0), 0U) << bad_value.error().message();
  EXPECT_FALSE(parse_csv("time,count\n", "x.csv"));
  EXPECT_FALSE(parse_csv(
      "timestamp,value\n2015-02-26 21:42:53,1\n2015-02-26 21:42:53,2\n", "x.csv"));
  EXPECT_FALSE(read_folder("/nonexistent/nab"));
}

}  // namespace
}  // namespace rauch::detect::nab
