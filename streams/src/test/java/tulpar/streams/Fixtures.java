package tulpar.streams;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
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

  /** The report of the same meeting, in Turkish, on another site. */
  public static final Article COMMISSION_REPORT_TURKISH = article("report-tr-1", "tr", "2026-03-04",
      "Özbekistan ve Azerbaycan transit mutabakatı imzaladı",
      """
      Özbekistan-Azerbaycan Hükümetlerarası Komisyonu'nun üçüncü toplantısı 3 Mart'ta Bakü'de yapıldı.

      Dışişleri bakanları Bakhtiyor Saidov ve Ceyhun Bayramov, Özbekistan ile Azerbaycan arasında transit yük \
      taşımacılığına ilişkin bir mutabakat zaptı imzaladı. Komisyon en son Nisan 2024'te Taşkent'te toplanmıştı.""");

  /**
   * A syndicated copy of {@link #COMMISSION_REPORT} on another site, a day later: another headline, a byline,
   * a sentence of its own at the end.
   */
  public static final Article COMMISSION_REPORT_COPY = article("copy-1", "en", "2026-03-05",
      "Tashkent and Baku agree on transit cargo",
      """
      By our correspondent. The third meeting of the Uzbekistan–Azerbaijan Intergovernmental Commission was \
      held in Baku on March 3.

      Foreign ministers Bakhtiyor Saidov and Jeyhun Bayramov signed a Memorandum of Understanding on transit \
      cargo between Uzbekistan and Azerbaijan. The commission last met in Tashkent in April 2024. Freight \
      forwarders welcomed the news.""");

  /** A meeting of a commission without an ordinal, in May 2025 … */
  public static final Article COMMISSION_2025 = article("kgkz-2025", "en", "2025-05-14",
      "Kazakh and Kyrgyz prime ministers meet in Astana",
      """
      A meeting of the Kazakhstan–Kyrgyzstan Intergovernmental Commission was held in Astana on May 13, with \
      the prime ministers of both countries discussing water sharing, border trade and a new railway line.""");

  /** … and the next one, a year later. */
  public static final Article COMMISSION_2026 = article("kgkz-2026", "en", "2026-05-20",
      "Kazakh and Kyrgyz prime ministers meet in Bishkek",
      """
      A meeting of the Kazakhstan–Kyrgyzstan Intergovernmental Commission was held in Bishkek on May 19, with \
      the prime ministers of both countries reviewing border trade and energy supplies.""");

  /** An article of 2026 that mentions a meeting of 2025 only as background. */
  public static final Article BACKGROUND_MENTION = article("background-1", "en", "2026-04-10",
      "Uzbek exporters eye Azerbaijani market",
      """
      Uzbek fruit exporters are looking for buyers in Azerbaijan as transport costs fall along the Middle \
      Corridor. Trade between the two countries grew by a fifth last year. The third meeting of the \
      Uzbekistan–Azerbaijan Intergovernmental Commission, held in Baku in March 2025, had already set the goal \
      of doubling trade.""");

  private Fixtures() {}

  /**
   * The article under another id with forty made-up words of its own added, so that it is no near-duplicate of
   * the same fixture published by another test on a shared broker.
   */
  public static Article unique(Article article, String id) {
    Random random = new Random(id.hashCode());
    String words = IntStream.range(0, 40).mapToObj(i -> "w" + HexFormat.of().toHexDigits(random.nextInt()))
        .collect(Collectors.joining(" "));
    return Article.newBuilder(article).setId(id).setUrl("https://news.example/" + id)
        .setBody(article.getBody() + "\n\n" + words).build();
  }

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
