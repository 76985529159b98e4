package tulpar.streams.duplicates;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tulpar.schemas.EnrichedArticle;
import tulpar.streams.duplicates.NearDuplicateIndex.Entry;
import tulpar.streams.events.EventIds;

/**
 * Marks repeats: the same article again (same id, same text) says {@code duplicateOf} its own id; a copy with
 * most of its text in common with an article seen within the window (a syndicated story under another headline,
 * on another site) says the id of that first article. Nothing is dropped: every article goes on, re-keyed by
 * its id.
 *
 * <p>A copy must also report no event the first article did not: templated wire items ("the 12th meeting of
 * … was held in Astana") share most of their words with last month's item about the 11th, and the one new
 * fact is the one that matters.
 *
 * <p>Each article seen first is filed, with its {@link TextSignature} and its timestamp, in a changelogged
 * store keyed by article id, and in an in-memory {@link NearDuplicateIndex} rebuilt from the store when the
 * task starts. Copies are not filed: they point at the first article, and so will the copies after them. An
 * article whose id is known but whose text changed is an update, not a repeat: it is filed anew. A punctuation
 * on stream time forgets articles older than the window.
 *
 * <p>Upstream, articles are repartitioned by language (copies share their text, so their language), so each
 * task sees every article it could be a copy of.
 */
public final class DuplicateDetector implements Processor<String, EnrichedArticle, String, EnrichedArticle> {

  /** Estimated shingle similarity from which a text is a copy: "most of the text in common". */
  public static final double COPY_SIMILARITY = 0.5;

  private static final Logger LOG = LoggerFactory.getLogger(DuplicateDetector.class);
  private static final int DUPLICATE_OF = EnrichedArticle.getClassSchema().getField("duplicateOf").pos();

  private final String storeName;
  private final Duration window;
  private NearDuplicateIndex index;
  private ProcessorContext<String, EnrichedArticle> context;
  private KeyValueStore<String, byte[]> store;

  public DuplicateDetector(String storeName, Duration window) {
    this.storeName = Objects.requireNonNull(storeName, "storeName");
    this.window = Objects.requireNonNull(window, "window");
  }

  @Override
  public void init(ProcessorContext<String, EnrichedArticle> context) {
    this.context = context;
    this.store = context.getStateStore(storeName);
    // A task that is revived after an error is initialised again: start from the store, not from memory.
    this.index = new NearDuplicateIndex();
    try (KeyValueIterator<String, byte[]> all = store.all()) {
      all.forEachRemaining(kv -> index.add(decode(kv.key, kv.value)));
    }
    LOG.debug("Task {}: {} recent articles to compare copies against", context.taskId(), index.size());
    Duration sweep = window.dividedBy(8).compareTo(Duration.ofMinutes(1)) < 0
        ? Duration.ofMinutes(1) : window.dividedBy(8);
    context.schedule(sweep, PunctuationType.STREAM_TIME, this::forgetBefore);
  }

  @Override
  public void process(Record<String, EnrichedArticle> record) {
    EnrichedArticle enriched = record.value();
    String id = enriched.getArticle().getId();
    Set<String> eventIds = enriched.getEvents().stream().map(EventIds::of).collect(Collectors.toSet());
    String duplicateOf = TextSignature.of(enriched.getArticle().getBody())
        .flatMap(signature -> originalOf(new Entry(id, signature, record.timestamp(), eventIds)))
        .orElse(null);
    if (duplicateOf != null) {
      LOG.debug("Article {} repeats article {}", id, duplicateOf);
      // The record was just read from the repartition topic and is ours alone: marked in place, where a builder
      // from it would deep-copy the whole article and its tags (2 % of a stream thread in tulpar bench).
      enriched.put(DUPLICATE_OF, duplicateOf);
    }
    context.forward(record.withKey(id).withValue(enriched));
  }

  /** The article this one repeats; when there is none, files this one and gives empty. */
  private Optional<String> originalOf(Entry article) {
    Optional<Entry> known = index.get(article.articleId());
    if (known.isPresent() && isCopy(article, known.get())) {
      return Optional.of(article.articleId());
    }
    Optional<Entry> original = known.isPresent() ? Optional.empty() : index.mostSimilar(article.signature(),
        COPY_SIMILARITY, article.seenAt() - window.toMillis(), article.eventIds());
    if (original.isPresent()) {
      return Optional.of(original.get().articleId());
    }
    index.add(article);
    store.put(article.articleId(), encode(article));
    return Optional.empty();
  }

  private static boolean isCopy(Entry article, Entry original) {
    return original.signature().similarity(article.signature()) >= COPY_SIMILARITY
        && original.eventIds().containsAll(article.eventIds());
  }

  private void forgetBefore(long streamTime) {
    long oldest = streamTime - window.toMillis();
    List<String> expired = new ArrayList<>();
    try (KeyValueIterator<String, byte[]> all = store.all()) {
      all.forEachRemaining(kv -> {
        if (ByteBuffer.wrap(kv.value).getLong() < oldest) {
          expired.add(kv.key);
        }
      });
    }
    expired.forEach(id -> {
      store.delete(id);
      index.remove(id);
    });
    if (!expired.isEmpty()) {
      LOG.debug("Task {}: forgot {} articles older than {}", context.taskId(), expired.size(), window);
    }
  }

  /** The stored form: seen-at millis, the signature, then the event ids, each as a length and UTF-8. */
  private static byte[] encode(Entry entry) {
    byte[] signature = entry.signature().toBytes();
    List<byte[]> ids = entry.eventIds().stream().map(e -> e.getBytes(StandardCharsets.UTF_8)).toList();
    ByteBuffer bytes = ByteBuffer.allocate(Long.BYTES + signature.length
        + ids.stream().mapToInt(id -> Integer.BYTES + id.length).sum());
    bytes.putLong(entry.seenAt()).put(signature);
    ids.forEach(id -> bytes.putInt(id.length).put(id));
    return bytes.array();
  }

  private static Entry decode(String id, byte[] value) {
    ByteBuffer bytes = ByteBuffer.wrap(value);
    long seenAt = bytes.getLong();
    TextSignature signature = TextSignature.fromBytes(bytes);
    Set<String> eventIds = new HashSet<>();
    while (bytes.hasRemaining()) {
      byte[] eventId = new byte[bytes.getInt()];
      bytes.get(eventId);
      eventIds.add(new String(eventId, StandardCharsets.UTF_8));
    }
    return new Entry(id, signature, seenAt, eventIds);
  }
}
