package tulpar.app.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the webhook receiver got and when, against when each article was published: one clock
 * ({@link System#nanoTime()}) in one process for both ends. An alert is put down to the article that made it:
 * the newest of its event's sources (a new event has one; a status change adds the article that moved it).
 * A repeated delivery (same alert id) counts once.
 */
final class AlertLog {

  /** One alert as received: when, for which event, made by which article. */
  record Received(long receivedNanos, String alertId, String eventId, String triggerArticleId, long madeAtMillis) {}

  /** When an article was published, on both clocks: the monotonic one, and the wall clock alerts are stamped with. */
  private record Published(long nanos, long epochMillis) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<String, Published> published = new ConcurrentHashMap<>();
  private final Set<String> alertIds = ConcurrentHashMap.newKeySet();
  private final Map<String, Long> firstAlertByEvent = new ConcurrentHashMap<>();
  private final ConcurrentLinkedQueue<Received> received = new ConcurrentLinkedQueue<>();
  private final AtomicLong unreadable = new AtomicLong();
  private final AtomicLong repeated = new AtomicLong();
  private final AtomicLong lastReceived = new AtomicLong(System.nanoTime());

  /** Notes the publish of an article; a republished one (same id) keeps its first time. */
  void published(String articleId, long nanos, long epochMillis) {
    published.putIfAbsent(articleId, new Published(nanos, epochMillis));
  }

  /** Takes a webhook body as it arrived at {@code receivedNanos}. */
  void delivered(String body, long receivedNanos) {
    JsonNode root;
    try {
      root = JSON.readTree(body);
    } catch (IOException e) {
      unreadable.incrementAndGet();
      return;
    }
    lastReceived.set(receivedNanos);
    String alertId = root.path("alertId").asText("");
    if (!alertIds.add(alertId)) {
      repeated.incrementAndGet();
      return;
    }
    JsonNode event = root.path("event");
    JsonNode sources = event.path("sources");
    String trigger = sources.size() == 0 ? "" : sources.get(sources.size() - 1).path("articleId").asText("");
    String eventId = event.path("id").asText("");
    long madeAt;
    try {
      madeAt = Instant.parse(root.path("timestamp").asText()).toEpochMilli();
    } catch (DateTimeParseException e) {
      madeAt = -1;
    }
    firstAlertByEvent.putIfAbsent(eventId, receivedNanos);
    received.add(new Received(receivedNanos, alertId, eventId, trigger, madeAt));
  }

  boolean hasAlertFor(String eventId) {
    return firstAlertByEvent.containsKey(eventId);
  }

  /** The event ids of {@code expected} that no alert has arrived for yet. */
  List<String> missing(Collection<String> expected) {
    return expected.stream().filter(id -> !firstAlertByEvent.containsKey(id)).sorted().toList();
  }

  /** When the last of {@code expected} arrived first; 0 when none has. */
  long lastFirstArrival(Collection<String> expected) {
    return expected.stream().mapToLong(id -> firstAlertByEvent.getOrDefault(id, 0L)).max().orElse(0L);
  }

  /** Microseconds from publish to receipt of every alert made by one of {@code articleIds}, sorted. */
  long[] latenciesMicros(Set<String> articleIds) {
    List<Long> latencies = new ArrayList<>();
    for (Received alert : received) {
      Published article = published.get(alert.triggerArticleId());
      if (article != null && articleIds.contains(alert.triggerArticleId())) {
        latencies.add((alert.receivedNanos() - article.nanos()) / 1_000);
      }
    }
    return latencies.stream().mapToLong(Long::longValue).sorted().toArray();
  }

  /**
   * Microseconds from publish to the alert's own timestamp (when the matcher made it), by the wall clock, for
   * the same alerts: the part of the latency before delivery. Millisecond resolution.
   */
  long[] untilMadeMicros(Set<String> articleIds) {
    List<Long> latencies = new ArrayList<>();
    for (Received alert : received) {
      Published article = published.get(alert.triggerArticleId());
      if (article != null && alert.madeAtMillis() >= 0 && articleIds.contains(alert.triggerArticleId())) {
        latencies.add((alert.madeAtMillis() - article.epochMillis()) * 1_000);
      }
    }
    return latencies.stream().mapToLong(Long::longValue).sorted().toArray();
  }

  /** Alerts received (first deliveries) from {@code fromNanos} to {@code toNanos}. */
  int receivedBetween(long fromNanos, long toNanos) {
    return (int) received.stream().filter(r -> r.receivedNanos() >= fromNanos && r.receivedNanos() <= toNanos).count();
  }

  /** When the last delivery (of any alert) arrived; when the log was made if none has. */
  long lastReceivedNanos() {
    return lastReceived.get();
  }

  int alerts() {
    return alertIds.size();
  }

  long repeatedDeliveries() {
    return repeated.get();
  }

  long unreadableDeliveries() {
    return unreadable.get();
  }

  Set<String> eventsAlerted() {
    return Set.copyOf(firstAlertByEvent.keySet());
  }
}
