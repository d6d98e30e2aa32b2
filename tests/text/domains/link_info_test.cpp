#include "text/domains/link_info.h"

#include <gtest/gtest.h>

namespace rauch::text {
namespace {

TEST(UrlHost, ExtractsHostFromUrls) {
  EXPECT_EQ(url_host("https://user:pw@Support.Acme.co.uk:8443/x?y#z"), "Support.Acme.co.uk");
  EXPECT_EQ(url_host("www.velora.de/hilfe"), "www.velora.de");
  EXPECT_EQ(url_host("http://velora.de./"), "velora.de");
  EXPECT_EQ(url_host("velora.de"), "velora.de");
  EXPECT_EQ(url_host("https://[2001:db8::1]:80/"), "[2001:db8::1]");
  EXPECT_EQ(url_host("https://"), "");
}

class LinkAnalyzerTest : public ::testing::Test {
 protected:
  LinkAnalyzer analyzer_ = LinkAnalyzer::create().value();
};

TEST_F(LinkAnalyzerTest, RegistrableDomainFromPublicSuffixList) {
  const LinkInfo info = analyzer_.analyze("https://support.acme.co.uk/ticket/1");
  EXPECT_TRUE(info.valid);
  EXPECT_EQ(info.host, "support.acme.co.uk");
  EXPECT_EQ(info.registrable_domain, "acme.co.uk");
  EXPECT_FALSE(info.is_shortener);
  EXPECT_EQ(analyzer_.analyze("https://WWW.Velora.DE/x").registrable_domain, "velora.de");
  EXPECT_EQ(analyzer_.analyze("https://foo.github.io/").registrable_domain, "foo.github.io");
}

TEST_F(LinkAnalyzerTest, DecodesPunycodeBothWays) {
  const LinkInfo cyrillic = analyzer_.analyze("https://xn--pple-43d.com/login");
  EXPECT_EQ(cyrillic.host, "xn--pple-43d.com");
  EXPECT_EQ(cyrillic.unicode_host, "\xD0\xB0pple.com");  // Cyrillic а.
  EXPECT_EQ(cyrillic.registrable_domain, "xn--pple-43d.com");
  const LinkInfo umlaut = analyzer_.analyze("https://www.bücher.de/");
  EXPECT_EQ(umlaut.host, "www.xn--bcher-kva.de");
  EXPECT_EQ(umlaut.unicode_host, "www.bücher.de");
  EXPECT_EQ(umlaut.registrable_domain, "xn--bcher-kva.de");
}

TEST_F(LinkAnalyzerTest, FlagsShorteners) {
  EXPECT_TRUE(analyzer_.analyze("https://bit.ly/3xYz").is_shortener);
  EXPECT_TRUE(analyzer_.analyze("https://t.co/abc").is_shortener);
  EXPECT_TRUE(analyzer_.analyze("http://www.tinyurl.com/abc").is_shortener);
  EXPECT_TRUE(analyzer_.analyze("https://rebrand.ly/x").is_shortener);
  EXPECT_FALSE(analyzer_.analyze("https://velora.de/x").is_shortener);
  EXPECT_FALSE(analyzer_.analyze("https://bit.ly.example.com/").is_shortener);
}

TEST_F(LinkAnalyzerTest, IpAddressesAndGarbage) {
  const LinkInfo ip = analyzer_.analyze("http://192.168.0.1/admin");
  EXPECT_TRUE(ip.valid);
  EXPECT_EQ(ip.registrable_domain, "");
  EXPECT_FALSE(analyzer_.analyze("https:///nothing").valid);
  EXPECT_FALSE(analyzer_.analyze("http://\xff\xfe.com/").valid);
  EXPECT_FALSE(analyzer_.analyze(std::string(2000, 'a')).valid);
  EXPECT_EQ(analyzer_.analyze("https://co.uk/").registrable_domain, "");
}

TEST_F(LinkAnalyzerTest, ReusedOutputIsReset) {
  LinkInfo info;
  analyzer_.analyze("https://bit.ly/x", info);
  analyzer_.analyze("https://\xff/", info);
  EXPECT_FALSE(info.valid);
  EXPECT_FALSE(info.is_shortener);
  EXPECT_EQ(info.host, "");
}

TEST(AnalyzeLink, ConvenienceFunction) {
  EXPECT_EQ(analyze_link("https://support.acme.co.uk").registrable_domain, "acme.co.uk");
}

}  // namespace
}  // namespace rauch::text
