package tulpar.streams;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import tulpar.schemas.Article;
import tulpar.schemas.DateSource;

/**
 * Short articles written for these tests (in our own words, not taken from any publication), and a builder
 * for articles of any text.
 */
public final class Fixtures {

  /** A preview, on Sunday 1 March 2026, of a commission meeting on the Tuesday after. */
  public static final Article COMMISSION_PREVIEW = article("preview-1", "en", "2026-03-01",
      "Uzbek and Azerbaijani ministers to meet in Baku",
      """
      Uzbekistan's Foreign Minister Bakhtiyor Saidov and his Azerbaijani counterpart Jeyhun Bayramov will \
      co-chair the third meeting of the Intergovernmental Commission in Baku on Tuesday.

      The ministers are expected to discuss trade, transit through the Middle Corridor and energy projects. \
      Bilateral trade reached $1.2 billion in 2025, and the two sides aim to raise it to $2 billion.""");

  /** The report, on Wednesday 4 March 2026, of the same meeting, where a memorandum was signed. */
  public static final Article COMMISSION_REPORT = article("report-1", "en", "2026-03-04",
      "Uzbekistan and Azerbaijan sign transit memorandum",
      """
      The third meeting of the Uzbekistan–Azerbaijan Intergovernmental Commission was held in Baku on March 3.

      Foreign ministers Bakhtiyor Saidov and Jeyhun Bayramov signed a Memorandum of Understanding on transit \
      cargo between Uzbekistan and Azerbaijan. The commission last met in Tashkent in April 2024.""");

  private Fixtures() {}

  public static Article article(String id, String language, String date, String title, String body) {
    Instant published = LocalDate.parse(date).atStartOfDay(ZoneOffset.UTC).toInstant();
    return Article.newBuilder()
        .setId(id)
        .setUrl("https://news.example/" + id)
        .setTitle(title)
        .setBody(body)
        .setSource("test")
        .setLanguage(language)
        .setPublishedAt(published)
        .setDateSource(DateSource.STATED)
        .setReceivedAt(published.plusSeconds(3600))
        .build();
  }
}
