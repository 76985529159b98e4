package tulpar.ingest.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tulpar.schemas.RejectReason;

class CanonicalUrlTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "https://example.org/news/item-7",
      "HTTPS://Example.ORG/news/item-7",
      "https://example.org/news/item-7/",
      "https://example.org/news/item-7//",
      "https://example.org:443/news/item-7",
      "https://example.org/news/item-7#comments",
      "https://example.org/news/item-7?utm_source=rss&utm_medium=feed",
      "https://example.org/news/item-7?fbclid=abc123",
      "https://example.org/news/item-7?gclid=xyz&UTM_Campaign=spring",
      "  https://user:secret@example.org/news/item-7  "})
  void variantsOfOneAddressShareOneSpelling(String variant) throws Exception {
    assertThat(CanonicalUrl.parse(variant).value()).isEqualTo("https://example.org/news/item-7");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "https://example.org/a?id=3&utm_source=x&page=2 | https://example.org/a?id=3&page=2",
      "http://example.org:80/                          | http://example.org",
      "http://example.org:8080/a                       | http://example.org:8080/a",
      "https://example.org/%d0%b0                      | https://example.org/%D0%B0",
      "https://example.org/а                           | https://example.org/%D0%B0",
      "https://президент.рф/news/                      | https://xn--d1abbgf6aiiy.xn--p1ai/news",
      "https://my_site.example.org/x                   | https://my_site.example.org/x"})
  void keepsWhatIdentifiesThePageAndNormalisesTheRest(String given, String canonical) throws Exception {
    assertThat(CanonicalUrl.parse(given).value()).isEqualTo(canonical);
  }

  @ParameterizedTest
  @ValueSource(strings = {"ftp://example.org/file", "example.org/no-scheme", "https://", "https://exa mple.org/",
      "mailto:desk@example.org", "https://example.org:99999/"})
  void addressesThatAreNotWebPagesAreMalformed(String given) {
    assertThatThrownBy(() -> CanonicalUrl.parse(given))
        .isInstanceOfSatisfying(BadArticleException.class,
            e -> assertThat(e.reason()).isEqualTo(RejectReason.MALFORMED))
        .hasMessageContaining("http(s) address");
  }
}
