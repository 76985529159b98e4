package tulpar.ingest.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import tulpar.schemas.RejectReason;

class ArticleFileFormatTest {

  @Test
  void headerFieldsAreReadAndTheBodyStartsAfterTheBlankLine() throws Exception {
    ArticleDraft draft = ArticleFileFormat.parse("""
        Title: Talks on a river treaty
        date: 2025-06-01
        source: Example Wire
        url: https://example.org/a
        lang: en

        First paragraph.

        Second paragraph.
        """);

    assertThat(draft).isEqualTo(new ArticleDraft("https://example.org/a", "Talks on a river treaty",
        "First paragraph.\n\nSecond paragraph.\n", "2025-06-01", "Example Wire", "en"));
  }

  @Test
  void headerLinesMayEndWithCarriageReturns() throws Exception {
    ArticleDraft draft = ArticleFileFormat.parse("title: Windows file\r\ndate: 2025-06-01\r\n\r\nBody line.\r\n");

    assertThat(draft.title()).isEqualTo("Windows file");
    assertThat(draft.publishedAt()).isEqualTo("2025-06-01");
    assertThat(draft.body()).isEqualTo("Body line.\r\n");
  }

  @Test
  void seedFormTakesTheDateTokenAndKeepsTheRestOfTheLineAsBody() throws Exception {
    ArticleDraft draft = ArticleFileFormat.parse(" date 2026-02-01 Officials met today. More text.\nLine two.");

    assertThat(draft.publishedAt()).isEqualTo("2026-02-01");
    assertThat(draft.body()).isEqualTo(" Officials met today. More text.\nLine two.");
    assertThat(draft.title()).isNull();
  }

  @Test
  void seedFormDateTokenMustBeFollowedBySpaceOrEnd() throws Exception {
    ArticleDraft draft = ArticleFileFormat.parse("date 2026-02-011 is not a date token");

    assertThat(draft.publishedAt()).isNull();
    assertThat(draft.body()).isEqualTo("date 2026-02-011 is not a date token");
  }

  @Test
  void textWhoseFirstLineIsNotAKnownKeyIsAllBody() throws Exception {
    String text = "Update: prices rose.\nMore text follows.";

    assertThat(ArticleFileFormat.parse(text)).isEqualTo(new ArticleDraft(null, null, text, null, null, null));
  }

  @Test
  void headerWithoutBlankLineBeforeTheBodyIsMalformedAndNamesTheLine() {
    assertThatThrownBy(() -> ArticleFileFormat.parse("title: A\ndate: 2025-01-01\nThe body came too soon."))
        .isInstanceOf(BadArticleException.class)
        .hasMessageContaining("Line 3")
        .hasMessageContaining("blank line")
        .extracting(e -> ((BadArticleException) e).reason()).isEqualTo(RejectReason.MALFORMED);
  }

  @Test
  void unknownHeaderKeyIsMalformedAndListsTheKnownKeys() {
    assertThatThrownBy(() -> ArticleFileFormat.parse("title: A\nauthor: B\n\nBody"))
        .isInstanceOf(BadArticleException.class)
        .hasMessageContaining("'author'")
        .hasMessageContaining("title, date, source, lang, url");
  }

  @Test
  void repeatedHeaderKeyIsMalformed() {
    assertThatThrownBy(() -> ArticleFileFormat.parse("date: 2025-01-01\nDATE: 2025-01-02\n\nBody"))
        .isInstanceOf(BadArticleException.class)
        .hasMessageContaining("Line 2")
        .hasMessageContaining("second time");
  }

  @Test
  void headerWithNoBodyGivesAnEmptyBody() throws Exception {
    assertThat(ArticleFileFormat.parse("title: Only a header\n").body()).isEmpty();
  }

  @Test
  void hostileSingleLineOfManyMegabytesIsReadQuickly() throws Exception {
    String line = "title" + "x".repeat(5_000_000);

    long start = System.nanoTime();
    ArticleDraft draft = ArticleFileFormat.parse(line);

    assertThat(draft.body()).hasSize(line.length());
    assertThat(System.nanoTime() - start).isLessThan(2_000_000_000L);
  }
}
