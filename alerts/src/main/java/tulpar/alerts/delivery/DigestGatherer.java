package tulpar.alerts.delivery;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tulpar.alerts.delivery.OffsetTracker.Ticket;
import tulpar.schemas.Alert;
import tulpar.schemas.DeliveryMode;

/**
 * Gathers the alerts of digest subscriptions until their digest is due: at the end of the hour (hourly) or of
 * the day (daily, UTC) in which the earliest of them was made. When it was made, not when it was gathered: after
 * a restart the alerts are read and gathered again, and their digest must not wait a whole period more. Each
 * subscription gets at most one digest per hour or day from one instance, since anything gathered after a
 * digest left waits for the next boundary.
 *
 * <p>Durability comes from Kafka, not from here: a gathered alert's ticket stays unfinished until the digest
 * carrying it is recorded, so its offset is not committed, and after a restart the alert is read and gathered
 * again. Thread-safe.
 */
public final class DigestGatherer {

  /** A digest that is due, with the tickets to finish once its outcome is recorded. */
  public record Due(Notification notification, List<Ticket> tickets) {

    public Due {
      tickets = List.copyOf(tickets);
    }
  }

  private record Gathered(Alert alert, Ticket ticket) {}

  private static final class Batch {
    final DeliveryMode mode;
    Instant due;
    final List<Gathered> gathered = new ArrayList<>();

    Batch(DeliveryMode mode, Instant due) {
      this.mode = mode;
      this.due = due;
    }

    /**
     * The digest of the alerts still held by this consumer, each listed once (a replayed alert is gathered
     * twice); empty if none is. An alert whose partition was revoked is the new owner's to send.
     */
    Optional<Due> due(String subscriptionId, Instant now) {
      Map<String, Alert> alerts = new LinkedHashMap<>();
      List<Ticket> tickets = new ArrayList<>();
      for (Gathered item : gathered) {
        if (item.ticket().isLive()) {
          alerts.putIfAbsent(item.alert().getId(), item.alert());
          tickets.add(item.ticket());
        }
      }
      return alerts.isEmpty() ? Optional.empty()
          : Optional.of(new Due(Notification.digest(subscriptionId, mode, List.copyOf(alerts.values()), now), tickets));
    }
  }

  private final Clock clock;
  /** By subscription id. Guarded by {@code this}. */
  private final Map<String, Batch> batches = new HashMap<>();
  /** When each subscription's last digest left, by subscription id. Guarded by {@code this}. */
  private final Map<String, Instant> lastSent = new HashMap<>();

  public DigestGatherer(Clock clock) {
    this.clock = clock;
  }

  /** Holds the alert for its subscription's next digest; {@code mode} is hourly or daily. */
  public synchronized void gather(Alert alert, Ticket ticket, DeliveryMode mode) {
    String subscriptionId = alert.getSubscriptionId();
    Instant due = nextBoundary(mode, alert.getCreatedAt());
    Instant sent = lastSent.get(subscriptionId);
    if (sent != null && due.isBefore(nextBoundary(mode, sent))) {
      due = nextBoundary(mode, sent);
    }
    Batch batch = batches.get(subscriptionId);
    if (batch == null) {
      batch = new Batch(mode, due);
      batches.put(subscriptionId, batch);
    } else if (due.isBefore(batch.due)) {
      batch.due = due;  // an earlier alert read again after a rebalance
    }
    batch.gathered.add(new Gathered(alert, ticket));
  }

  /** Removes and returns the digests that are due now. */
  public synchronized List<Due> takeDue() {
    Instant now = clock.instant();
    List<Due> due = new ArrayList<>();
    for (Iterator<Map.Entry<String, Batch>> entries = batches.entrySet().iterator(); entries.hasNext(); ) {
      Map.Entry<String, Batch> entry = entries.next();
      Batch batch = entry.getValue();
      if (!now.isBefore(batch.due)) {
        entries.remove();
        batch.due(entry.getKey(), now).ifPresent(digest -> {
          lastSent.put(entry.getKey(), now);
          due.add(digest);
        });
      }
    }
    return due;
  }

  /** The first hour or day boundary (UTC) after {@code at}. */
  static Instant nextBoundary(DeliveryMode mode, Instant at) {
    ChronoUnit unit = mode == DeliveryMode.DAILY_DIGEST ? ChronoUnit.DAYS : ChronoUnit.HOURS;
    return at.truncatedTo(unit).plus(1, unit);
  }
}
