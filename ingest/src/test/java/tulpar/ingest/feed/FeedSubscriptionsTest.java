package tulpar.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedSubscriptionsTest {

  @TempDir
  Path dir;

  @Test
  void feedsFileHasOneFeedALineWithOptionalIntervalsAndComments() {
    String text = """
        # Agencies
        https://a.example.org/rss

        https://b.example.org/feed.xml 15m   # every quarter hour
          https://c.example.org/atom#top 2h
        """;

    assertThat(FeedSubscriptions.parse(text, "feeds.txt")).containsExactly(
        new FeedSubscription(URI.create("https://a.example.org/rss"), FeedSubscription.DEFAULT_INTERVAL),
        new FeedSubscription(URI.create("https://b.example.org/feed.xml"), Duration.ofMinutes(15)),
        new FeedSubscription(URI.create("https://c.example.org/atom#top"), Duration.ofHours(2)));
  }

  @Test
  void everyBadLineIsReportedAtOnceWithItsNumber() {
    String text = """
        https://ok.example.org/rss
        ftp://files.example.org/rss
        https://x.example.org/rss soon
        https://y.example.org/rss 10s
        https://z.example.org/rss 5m extra
        """;

    assertThatThrownBy(() -> FeedSubscriptions.parse(text, "feeds.txt"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("feeds.txt line 2: 'ftp://files.example.org/rss' is not an http(s) address")
        .hasMessageContaining("feeds.txt line 3: 'soon' is not a duration")
        .hasMessageContaining("feeds.txt line 4: the interval 10s is shorter than 1 minute")
        .hasMessageContaining("feeds.txt line 5: expected 'URL [interval]', found 3 words")
        .hasMessageNotContaining("line 1");
  }

  @Test
  void optionsAndFilesAreMergedAndAFeedNamedTwiceIsReadOnce() throws Exception {
    Path file = Files.writeString(dir.resolve("feeds.txt"), "https://b.example.org/rss 30m\nhttps://a.example.org/rss\n");

    List<FeedSubscription> feeds = FeedSubscriptions.fromOptions(List.of("https://a.example.org/rss 5m"), List.of(file));

    assertThat(feeds).containsExactly(
        new FeedSubscription(URI.create("https://a.example.org/rss"), Duration.ofMinutes(5)),
        new FeedSubscription(URI.create("https://b.example.org/rss"), Duration.ofMinutes(30)));
  }

  @Test
  void missingFeedsFileIsReportedWithTheBadOption() {
    assertThatThrownBy(() -> FeedSubscriptions.fromOptions(List.of("not a url"), List.of(dir.resolve("none.txt"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("--feed not a url")
        .hasMessageContaining("Cannot read the feeds file " + dir.resolve("none.txt"));
  }

  @Test
  void bundledDefaultsAreValidAndSpanSeveralCountries() {
    List<FeedSubscription> defaults = FeedSubscriptions.defaults();

    Set<String> topLevelDomains = defaults.stream()
        .map(feed -> feed.url().getHost().substring(feed.url().getHost().lastIndexOf('.') + 1))
        .collect(Collectors.toSet());
    assertThat(defaults).hasSizeGreaterThanOrEqualTo(10);
    assertThat(defaults).allSatisfy(feed -> assertThat(feed.url().getScheme()).isEqualTo("https"));
    assertThat(topLevelDomains).contains("tr", "az", "kz", "uz");
  }
}
