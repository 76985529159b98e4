package tulpar.ingest.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleIdsTest {

  @Test
  void idIsArtPrefixAndThirtyTwoHexDigits() throws Exception {
    assertThat(ArticleIds.forUrl(CanonicalUrl.parse("https://example.org/a"))).matches("art_[0-9a-f]{32}");
    assertThat(ArticleIds.forContent("", "", "text")).matches("art_[0-9a-f]{32}");
  }

  @Test
  void urlVariantsWithTrackingAndFragmentsGiveOneId() throws Exception {
    String plain = ArticleIds.forUrl(CanonicalUrl.parse("https://example.org/story"));
    String tracked = ArticleIds.forUrl(CanonicalUrl.parse("HTTPS://EXAMPLE.org/story/?utm_source=x&fbclid=y#top"));

    assertThat(tracked).isEqualTo(plain);
  }

  @Test
  void differentPagesGiveDifferentIds() throws Exception {
    assertThat(ArticleIds.forUrl(CanonicalUrl.parse("https://example.org/story?id=1")))
        .isNotEqualTo(ArticleIds.forUrl(CanonicalUrl.parse("https://example.org/story?id=2")));
  }

  @Test
  void contentIdIgnoresSpacingCaseAndUnicodeComposition() {
    String composed = ArticleIds.forContent("Wire", "Türkiye and Kazakhstan", "Ministers met.\nThey talked.");
    String decomposed = ArticleIds.forContent(" wire ", "Tu\u0308rkiye  AND kazakhstan",
        "  ministers met.\r\n\r\nthey   talked.  ");

    assertThat(decomposed).isEqualTo(composed);
  }

  @Test
  void contentIdChangesWithSourceTitleOrBody() {
    String id = ArticleIds.forContent("Wire", "Title", "Body");

    assertThat(ArticleIds.forContent("Other", "Title", "Body")).isNotEqualTo(id);
    assertThat(ArticleIds.forContent("Wire", "Other", "Body")).isNotEqualTo(id);
    assertThat(ArticleIds.forContent("Wire", "Title", "Other")).isNotEqualTo(id);
  }

  @Test
  void movingTextBetweenFieldsChangesTheId() {
    assertThat(ArticleIds.forContent("", "Title Body", ""))
        .isNotEqualTo(ArticleIds.forContent("", "Title", "Body"));
  }
}
