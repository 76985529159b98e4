package tulpar.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import tulpar.ingest.feed.FeedLimits;
import tulpar.ingest.feed.FeedSubscription;
import tulpar.servicekit.KafkaSettings;

class IngestConfigTest {

  private static final KafkaSettings KAFKA = KafkaSettings.of("localhost:9092");

  @Test
  void defaultsKeepStateUnderTheDataDirectory() {
    IngestConfig config = IngestConfig.defaults(KAFKA, Path.of("inbox"), Path.of("data"));

    assertThat(config.stateDir()).isEqualTo(Path.of("data", "ingest"));
    assertThat(config.watchDir()).isEqualTo(Path.of("inbox"));
    assertThat(config.maxBodyBytes()).isEqualTo(1024 * 1024);
    assertThat(config.feeds()).isEmpty();
  }

  @Test
  void feedsAreAddedToTheDefaults() {
    List<FeedSubscription> feeds = List.of(FeedSubscription.of(URI.create("https://example.org/rss")));

    IngestConfig config = IngestConfig.defaults(KAFKA, Path.of("inbox"), Path.of("data")).withFeeds(feeds);

    assertThat(config.feeds()).isEqualTo(feeds);
    assertThat(config.stateDir()).isEqualTo(Path.of("data", "ingest"));
  }

  @Test
  void everyBadValueIsReportedAtOnce() {
    assertThatThrownBy(() -> new IngestConfig(KAFKA, Path.of("in"), Path.of("state"), 0, Duration.ZERO,
        Duration.ofMillis(-1), Duration.ofSeconds(-5), " ", List.of(), FeedLimits.defaults()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'maxBodyBytes' value 0 is invalid")
        .hasMessageContaining("'pollInterval'")
        .hasMessageContaining("'settleTime'")
        .hasMessageContaining("'publishTimeout'")
        .hasMessageContaining("'clientId'");
  }
}
