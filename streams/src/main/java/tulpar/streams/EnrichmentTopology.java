package tulpar.streams;

import java.time.Duration;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.Stores;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tulpar.schemas.Article;
import tulpar.schemas.CooperationEvent;
import tulpar.schemas.EnrichedArticle;
import tulpar.schemas.Topic;
import tulpar.schemas.Topics;
import tulpar.streams.duplicates.DuplicateDetector;
import tulpar.streams.tagging.ArticleTagger;

/**
 * The enrichment topology, as a pure function of its tagger and the duplicate window:
 *
 * <pre>
 * tulpar.articles.raw ─▶ tag ─▶ repartition by language ─▶ mark duplicates (store) ─▶ tulpar.articles.enriched
 *                                                             └─▶ unless a duplicate: one report per event,
 *                                                                 keyed by event id ─▶ repartition by event id
 *                                                                 ─▶ event lifecycle (store) ─▶ tulpar.events
 * </pre>
 *
 * Tagging, the dear part, runs on the partitions articles arrive on. Tagged articles are then repartitioned by
 * the language they were read in, because a copy of a story shares its text and so its language: the task that
 * owns a language sees every article a new one could be a copy of. Reports are repartitioned by event id so
 * that every report of one event, from whichever article and partition, reaches the one task that owns the
 * event's state. Serdes come from {@link Topics}.
 */
public final class EnrichmentTopology {

  /** The state store of the latest state of each event, keyed by event id. */
  public static final String EVENTS_STORE = "cooperation-events";
  /** The state store of the articles seen within the duplicate window, keyed by article id. */
  public static final String RECENT_ARTICLES_STORE = "recent-articles";

  private static final Logger LOG = LoggerFactory.getLogger(EnrichmentTopology.class);
  private static final Topic<String, Article> RAW = Topics.ARTICLES_RAW;
  private static final Topic<String, EnrichedArticle> ENRICHED = Topics.ARTICLES_ENRICHED;
  private static final Topic<String, CooperationEvent> EVENTS = Topics.EVENTS;

  private EnrichmentTopology() {}

  public static Topology build(ArticleTagger tagger, Duration duplicateWindow) {
    StreamsBuilder builder = new StreamsBuilder();
    builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(EVENTS_STORE),
        EVENTS.keySerde(), EVENTS.valueSerde()));
    builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(RECENT_ARTICLES_STORE),
        Serdes.String(), Serdes.ByteArray()));

    KStream<String, EnrichedArticle> enriched = builder
        .stream(RAW.name(), Consumed.with(RAW.keySerde(), RAW.valueSerde()).withName("articles-raw"))
        .filter(EnrichmentTopology::isArticle, Named.as("skip-tombstones"))
        .mapValues(tagger::tag, Named.as("tag"))
        .selectKey((articleId, article) -> article.getLanguage(), Named.as("key-by-language"))
        .repartition(Repartitioned.with(ENRICHED.keySerde(), ENRICHED.valueSerde())
            .withName("articles-by-language"))
        .process(() -> new DuplicateDetector(RECENT_ARTICLES_STORE, duplicateWindow), Named.as("mark-duplicates"),
            RECENT_ARTICLES_STORE);
    enriched.to(ENRICHED.name(), Produced.with(ENRICHED.keySerde(), ENRICHED.valueSerde())
        .withName("articles-enriched"));

    enriched
        .filter((articleId, article) -> article.getDuplicateOf() == null, Named.as("skip-duplicates"))
        .flatMap((articleId, article) -> EventReports.of(article), Named.as("event-reports"))
        .repartition(Repartitioned.with(EVENTS.keySerde(), EVENTS.valueSerde()).withName("event-reports-by-id"))
        .process(() -> new EventLifecycle(EVENTS_STORE), Named.as("event-lifecycle"), EVENTS_STORE)
        .to(EVENTS.name(), Produced.with(EVENTS.keySerde(), EVENTS.valueSerde()).withName("events"));
    return builder.build();
  }

  /** A tombstone on the raw topic deletes nothing downstream: there is nothing to tag. */
  private static boolean isArticle(String id, Article article) {
    if (article == null) {
      LOG.debug("Skipping tombstone for article {}", id);
    }
    return article != null;
  }
}
