package tulpar.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tulpar.ingest.article.ArticleDraft;

/** Feed bytes to draft articles: the three feed formats, and everything that is not a feed. */
class FeedDocumentTest {

  private static final URI FEED = URI.create("https://news.example.org/rss");
  private static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");

  @Test
  void rss2EntriesBecomeDraftsOldestFirst() throws Exception {
    List<FeedItem> items = items("rss2.xml");

    assertThat(items).extracting(FeedItem::identity).containsExactly("r-1001", "r-1002");
    ArticleDraft fair = items.get(0).draft();
    assertThat(fair.title()).isEqualTo("Trade fair opens");
    assertThat(fair.url()).isEqualTo("https://news.example.org/r/trade-fair");
    assertThat(fair.publishedAt()).isEqualTo("Mon, 02 Feb 2026 08:00:00 GMT");
    assertThat(fair.body()).isEqualTo("<p>The <b>trade fair</b> opened in Tashkent.</p><p>Exhibitors came from five"
        + " countries.</p>");
    assertThat(fair.language()).isEqualTo("en");
    ArticleDraft roadMap = items.get(1).draft();
    assertThat(roadMap.url()).isEqualTo("https://news.example.org/r/road-map");
    assertThat(roadMap.body()).isEqualTo("<p>Two ministers met in Astana.</p><p>They agreed on a road map.</p>");
  }

  @Test
  void rss1EntriesAreReadWithTheirDublinCoreDate() throws Exception {
    ArticleDraft draft = items("rss1.xml").get(0).draft();

    assertThat(draft.title()).isEqualTo("Министры встретились");
    assertThat(draft.url()).isEqualTo("https://news.example.org/ru/1");
    assertThat(draft.publishedAt()).isEqualTo("2026-02-03T09:30:00+03:00");
    assertThat(draft.body()).isEqualTo("Министры двух стран обсудили торговлю и транспорт.");
  }

  @Test
  void atomEntriesAreReadWithMarkupDroppedFromTheTitle() throws Exception {
    FeedItem item = items("atom.xml").get(0);

    assertThat(item.identity()).isEqualTo("urn:example:entry:7");
    assertThat(item.draft().title()).isEqualTo("Bakanlar görüştü");
    assertThat(item.draft().url()).isEqualTo("https://haber.example.org/7");
    assertThat(item.draft().publishedAt()).isEqualTo("2026-02-03T12:30:00+03:00");
    assertThat(item.draft().body()).contains("<p>Bakanlar ticaret ve ulaştırma konularını görüştü.</p>");
  }

  @Test
  void entryWithoutTextGetsItsTitleAsBodyAndAnImpossibleDateIsKeptForTheNormaliser() throws Exception {
    List<FeedItem> items = items("bad-entries.xml");

    assertThat(items.get(0).draft().body()).isEqualTo("A good entry");
    assertThat(items.get(2).draft().publishedAt()).isEqualTo("Fri, 01 Jan 3000 00:00:00 GMT");
  }

  @Test
  void externalEntityIsRefusedAndNeverRead() {
    assertThatThrownBy(() -> items("xxe.xml"))
        .isInstanceOf(FeedException.class)
        .hasMessageContaining("DOCTYPE")
        .hasMessageNotContaining("root:");
  }

  @Test
  void xmlBombIsRefusedQuickly() {
    assertTimeoutPreemptively(Duration.ofSeconds(2), () -> assertThatThrownBy(() -> items("bomb.xml"))
        .isInstanceOf(FeedException.class)
        .hasMessageContaining("DOCTYPE")
        .hasMessageContaining("billion laughs"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "not-xml.txt    | it is not XML (it starts with 'This is not a feed",
      "page.html      | it is an HTML page, not a feed",
      "not-a-feed.xml | neither RSS nor Atom (its root element is <catalog>)",
      "truncated.xml  | it is not well-formed XML (line 3"})
  void whatIsNotAFeedIsSaidPlainly(String fixture, String message) {
    assertThatThrownBy(() -> items(fixture)).isInstanceOf(FeedException.class).hasMessageContaining(message);
  }

  @Test
  void charsetOfTheHttpAnswerIsHonoured() throws Exception {
    byte[] body = ("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title><link>https://x.example.org/"
        + "</link><description>d</description><item><title>Görüşme</title><description>Ankara'da görüşme"
        + "</description></item></channel></rss>").getBytes("windows-1254");

    FeedDocument document = FeedDocument.parse(body, "application/rss+xml; charset=windows-1254");

    assertThat(document.feed().getEntries().get(0).getTitle()).isEqualTo("Görüşme");
  }

  private static List<FeedItem> items(String fixture) throws FeedException {
    FeedDocument document = FeedDocument.parse(FeedFixtures.bytes(fixture, "r"), "application/xml");
    return FeedItems.of(document, FEED, NOW);
  }
}
