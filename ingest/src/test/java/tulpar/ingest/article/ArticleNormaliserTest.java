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
    assertThat(article.getLanguage()).isEqualTo(LanguageDetector.UNDETERMINED);
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

  @Test
  void languageIsDetectedWhenNotStated() throws Exception {
    Article unstated = normaliser.normalise(draftWithBody(Samples.KAZAKH), Origin.http(RECEIVED));
    Article unknown = normaliser.normalise(new ArticleDraft(null, null, Samples.AZERBAIJANI, null, null, "unknown"),
        Origin.http(RECEIVED));
    Article stated = normaliser.normalise(new ArticleDraft(null, null, Samples.KAZAKH, null, null, "ru"),
        Origin.http(RECEIVED));

    assertThat(unstated.getLanguage()).isEqualTo("kk");
    assertThat(unknown.getLanguage()).isEqualTo("az");
    assertThat(stated.getLanguage()).isEqualTo("ru");
  }

  @Test
  void htmlBodyIsReducedToTextWithItsParagraphsAndTheRepairNoted() throws Exception {
    String html = "<html><head><title>Talks in Baku</title></head><body><p>" + Samples.ENGLISH
        + "</p><p>Second paragraph.</p><script>x()</script></body></html>";

    Normalised normalised = normaliser.normaliseNoting(draftWithBody(html), Origin.http(RECEIVED));

    assertThat(normalised.article().getBody()).isEqualTo(Samples.ENGLISH + "\n\nSecond paragraph.");
    assertThat(normalised.article().getTitle()).isEqualTo("Talks in Baku");
    assertThat(normalised.article().getLanguage()).isEqualTo("en");
    assertThat(normalised.repairs()).containsExactly("HTML reduced to text");
  }

  @Test
  void statedTitleWinsOverTheHtmlTitle() throws Exception {
    ArticleDraft draft = new ArticleDraft(null, "Stated", "<title>Page</title><p>Text</p>", null, null, null);

    assertThat(normaliser.normalise(draft, Origin.http(RECEIVED)).getTitle()).isEqualTo("Stated");
  }

  @Test
  void plainTextIsNotRepaired() throws Exception {
    Normalised normalised = normaliser.normaliseNoting(draftWithBody("Growth was < 5% & rising"),
        Origin.http(RECEIVED));

    assertThat(normalised.article().getBody()).isEqualTo("Growth was < 5% & rising");
    assertThat(normalised.repairs()).isEmpty();
  }

  @Test
  void htmlWithoutReadableTextIsEmpty() {
    assertThatThrownBy(() -> normaliser.normalise(draftWithBody("<div><script>x()</script></div>"),
        Origin.http(RECEIVED)))
        .isInstanceOfSatisfying(BadArticleException.class,
            e -> assertThat(e.reason()).isEqualTo(RejectReason.EMPTY))
        .hasMessageContaining("HTML");
  }

  private static ArticleDraft draftWithBody(String body) {
    return new ArticleDraft(null, null, body, null, null, null);
  }
}
