package tulpar.app;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import tulpar.alerts.AlertsConfig;
import tulpar.alerts.AlertsService;
import tulpar.alerts.email.SmtpSettings;
import tulpar.ingest.IngestConfig;
import tulpar.ingest.IngestService;
import tulpar.ingest.feed.FeedSubscription;
import tulpar.servicekit.KafkaSettings;
import tulpar.streams.StreamsService;
import tulpar.streams.StreamsServiceConfig;

/** How the launcher builds each service, the same way for {@code run} and for the single-service commands. */
final class Services {

  private Services() {}

  static IngestConfig ingestConfig(KafkaSettings kafka, Path watchDir, Path dataDir, List<FeedSubscription> feeds) {
    return IngestConfig.defaults(kafka, watchDir, dataDir).withFeeds(feeds);
  }

  static IngestService ingest(KafkaSettings kafka, Path watchDir, Path dataDir, List<FeedSubscription> feeds) {
    return new IngestService(ingestConfig(kafka, watchDir, dataDir, feeds));
  }

  static StreamsService streams(KafkaSettings kafka, Path dataDir, Duration duplicateWindow) {
    return new StreamsService(new StreamsServiceConfig(kafka, dataDir.resolve("streams"))
        .withDuplicateWindow(duplicateWindow));
  }

  static AlertsService alerts(KafkaSettings kafka, Delivery delivery) {
    AlertsConfig config = AlertsConfig.defaults(kafka)
        .withAllowPrivateTargets(delivery.allowPrivateTargets())
        .withRetrySchedule(delivery.retrySchedule())
        .withPublicBaseUrl(delivery.publicUrl());
    return new AlertsService(delivery.smtp().map(config::withSmtp).orElse(config));
  }

  /** How alerts leave Tulpar. */
  record Delivery(boolean allowPrivateTargets, List<Duration> retrySchedule, Optional<SmtpSettings> smtp,
                  URI publicUrl) {}
}
