package tulpar.ingest.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import tulpar.schemas.Article;
import tulpar.schemas.DateSource;
import tulpar.schemas.RejectReason;

class ArticleNormaliserTest {

  private static final Instant NOW = Instant.parse("2026-03-10T12:00:00.123456Z");
  private static final Instant RECEIVED = Instant.parse("2026-03-10T11:59:00Z");
  private final ArticleNormaliser normaliser = new ArticleNormaliser(1_000, Clock.fixed(NOW, ZoneOffset.UTC));

  @Test
  void statedFieldsAreKeptInTheirOneSpelling() throws Exception {
    Article article = normaliser.normalise(new ArticleDraft("https://Example.org/x/?utm_source=a",
        "  A   title\n", "\r\n Body text.\r\nSecond line. \n", "2026-02-03", " Example Wire ", "en-GB"),
        Origin.http(RECEIVED));

    assertThat(article.getUrl()).isEqualTo("https://example.org/x");
    assertThat(article.getTitle()).isEqualTo("A title");
    assertThat(article.getBody()).isEqualTo("Body text.\nSecond line.");
    assertThat(article.getSource()).isEqualTo("Example Wire");
    assertThat(article.getLanguage()).isEqualTo("en");
    assertThat(article.getPublishedAt()).isEqualTo(Instant.parse("2026-02-03T00:00:00Z"));
    assertThat(article.getDateSource()).isEqualTo(DateSource.STATED);
    assertThat(article.getReceivedAt()).isEqualTo(Instant.parse("2026-03-10T12:00:00.123Z"));
    assertThat(article.getId()).isEqualTo(ArticleIds.forUrl(CanonicalUrl.parse("https://example.org/x")));
  }

  @Test
  void missingFieldsGetTheOriginsStandIns() throws Exception {
    Article article = normaliser.normalise(new ArticleDraft(null, null, "Body", null, null, null),
        Origin.http(RECEIVED));

    assertThat(article.getTitle()).isEmpty();
    assertThat(article.getUrl()).isNull();
    assertThat(article.getLanguage()).isNull();
    assertThat(article.getSource()).isEqualTo("http");
    assertThat(article.getPublishedAt()).isEqualTo(RECEIVED);
    assertThat(article.getDateSource()).isEqualTo(DateSource.RECEIVED);
    assertThat(article.getId()).isEqualTo(ArticleIds.forContent("", "", "Body"));
  }

  @Test
  void sourceThatIsAWebAddressServesAsTheUrl() throws Exception {
    Article article = normaliser.normalise(new ArticleDraft(null, null, "Body", null,
        "https://example.org/page/", null), Origin.http(RECEIVED));

    assertThat(article.getUrl()).isEqualTo("https://example.org/page");
    assertThat(article.getSource()).isEqualTo("https://example.org/page/");
  }

  @Test
  void whereTheTextCameFromDoesNotChangeItsId() throws Exception {
    ArticleDraft draft = new ArticleDraft(null, "Title", "Body", null, null, null);

    Article fromFile = normaliser.normalise(draft, Origin.file(Path.of("/a/b.txt"), RECEIVED));
    Article fromHttp = normaliser.normalise(draft, Origin.http(RECEIVED));

    assertThat(fromFile.getId()).isEqualTo(fromHttp.getId());
    assertThat(fromFile.getSource()).isEqualTo("/a/b.txt");
    assertThat(fromFile.getDateSource()).isEqualTo(DateSource.FILE_MODIFIED);
  }

  @Test
  void bodyOverTheLimitIsTooLargeAndCountsUtf8Bytes() {
    String body = "ә".repeat(501); // 1,002 bytes in UTF-8 though only 501 characters

    assertThatThrownBy(() -> normaliser.normalise(draftWithBody(body), Origin.http(RECEIVED)))
        .isInstanceOfSatisfying(BadArticleException.class,
            e -> assertThat(e.reason()).isEqualTo(RejectReason.TOO_LARGE))
        .hasMessageContaining("1,002 bytes")
        .hasMessageContaining("1,000 bytes");
  }

  @Test
  void missingOrBlankBodyIsEmpty() {
    for (String body : new String[] {null, "", " \n\t\u00A0 "}) {
      assertThatThrownBy(() -> normaliser.normalise(draftWithBody(body), Origin.http(RECEIVED)))
          .isInstanceOfSatisfying(BadArticleException.class,
              e -> assertThat(e.reason()).isEqualTo(RejectReason.EMPTY));
    }
  }

  @Test
  void nulCharacterInTheBodyIsBinary() {
    assertThatThrownBy(() -> normaliser.normalise(draftWithBody("ab\0cd"), Origin.http(RECEIVED)))
        .isInstanceOfSatisfying(BadArticleException.class,
            e -> assertThat(e.reason()).isEqualTo(RejectReason.BINARY))
        .hasMessageContaining("position 2");
  }

  @Test
  void languageThatIsNotACodeIsMalformed() {
    ArticleDraft draft = new ArticleDraft(null, null, "Body", null, null, "English");

    assertThatThrownBy(() -> normaliser.normalise(draft, Origin.http(RECEIVED)))
        .isInstanceOfSatisfying(BadArticleException.class,
            e -> assertThat(e.reason()).isEqualTo(RejectReason.MALFORMED))
        .hasMessageContaining("'English'");
  }

  @Test
  void titleThatIsReallyABodyIsTooLarge() {
    ArticleDraft draft = new ArticleDraft(null, "word ".repeat(300), "Body", null, null, null);

    assertThatThrownBy(() -> normaliser.normalise(draft, Origin.http(RECEIVED)))
        .isInstanceOfSatisfying(BadArticleException.class,
            e -> assertThat(e.reason()).isEqualTo(RejectReason.TOO_LARGE))
        .hasMessageContaining("title");
  }

  private static ArticleDraft draftWithBody(String body) {
    return new ArticleDraft(null, null, body, null, null, null);
  }
}
