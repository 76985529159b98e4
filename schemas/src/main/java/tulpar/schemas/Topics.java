package tulpar.schemas;

import java.util.List;
import java.util.Optional;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/** The registry of Tulpar's topics: the public contract other services build on. */
public final class Topics {

  private static final Serde<String> KEY = Serdes.String();

  public static final Topic<String, Article> ARTICLES_RAW = new Topic<>(
      "tulpar.articles.raw", KEY, AvroSerde.of(Article.class), CleanupPolicy.DELETE,
      "articles as ingested; key: article id");
  public static final Topic<String, RejectedArticle> ARTICLES_REJECTED = new Topic<>(
      "tulpar.articles.rejected", KEY, AvroSerde.of(RejectedArticle.class), CleanupPolicy.DELETE,
      "inputs that could not become articles, with the reason; key: source ref");
  public static final Topic<String, EnrichedArticle> ARTICLES_ENRICHED = new Topic<>(
      "tulpar.articles.enriched", KEY, AvroSerde.of(EnrichedArticle.class), CleanupPolicy.DELETE,
      "articles with tags, figures and event mentions; key: article id");
  public static final Topic<String, CooperationEvent> EVENTS = new Topic<>(
      "tulpar.events", KEY, AvroSerde.of(CooperationEvent.class), CleanupPolicy.COMPACT,
      "latest state of each cooperation event; key: event id");
  public static final Topic<String, Subscription> SUBSCRIPTIONS = new Topic<>(
      "tulpar.subscriptions", KEY, AvroSerde.of(Subscription.class), CleanupPolicy.COMPACT,
      "alert subscriptions; a tombstone deletes one; key: subscription id");
  public static final Topic<String, Alert> ALERTS = new Topic<>(
      "tulpar.alerts", KEY, AvroSerde.of(Alert.class), CleanupPolicy.DELETE,
      "one per (subscription, event, event version) that matched; key: subscription id");
  public static final Topic<String, DeliveryReceipt> DELIVERIES = new Topic<>(
      "tulpar.deliveries", KEY, AvroSerde.of(DeliveryReceipt.class), CleanupPolicy.DELETE,
      "the outcome of every delivery attempt; key: alert id");
  public static final Topic<String, FailedAlert> ALERTS_DEAD_LETTER = new Topic<>(
      "tulpar.alerts.dead-letter", KEY, AvroSerde.of(FailedAlert.class), CleanupPolicy.DELETE,
      "alerts whose delivery retries are exhausted; key: alert id");
  public static final Topic<String, byte[]> STREAMS_DEAD_LETTER = new Topic<>(
      "tulpar.streams.dead-letter", KEY, Serdes.ByteArray(), CleanupPolicy.DELETE,
      "records the topology could not read or process, as they came, the error in headers '__streams.errors.*';"
          + " key: the record's own");

  public static final List<Topic<String, ?>> ALL = List.of(
      ARTICLES_RAW, ARTICLES_REJECTED, ARTICLES_ENRICHED, EVENTS, SUBSCRIPTIONS, ALERTS, DELIVERIES,
      ALERTS_DEAD_LETTER, STREAMS_DEAD_LETTER);

  private Topics() {}

  public static Optional<Topic<String, ?>> byName(String name) {
    return ALL.stream().filter(t -> t.name().equals(name)).findFirst();
  }
}
