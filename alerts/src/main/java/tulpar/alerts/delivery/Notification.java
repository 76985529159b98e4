package tulpar.alerts.delivery;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import tulpar.alerts.matching.AlertIds;
import tulpar.schemas.Alert;
import tulpar.schemas.ChangeKind;
import tulpar.schemas.CooperationEvent;
import tulpar.schemas.DeliveryMode;
import tulpar.schemas.EventStatus;
import tulpar.schemas.EventType;

/**
 * What one message to a subscriber carries: one alert, a digest of several, or a test. Channels render it; its
 * {@code id} is what receivers drop duplicates by ({@code webhook-id}, the email's Message-ID), so it is the same
 * on every retry and, for alerts and digests, after a restart too.
 *
 * @param mode      for a digest, the period it gathers; {@code IMMEDIATE} otherwise
 * @param createdAt when the message was made: the alert's time for one alert, the gathering's end for a digest
 */
public record Notification(String id, Kind kind, String subscriptionId, List<Alert> alerts, DeliveryMode mode,
                           Instant createdAt) {

  public enum Kind { ALERT, DIGEST, TEST }

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final int RANDOM_BYTES = 16;

  public Notification {
    alerts = List.copyOf(alerts);
  }

  /** One alert, sent as it happens: its id is the alert id. */
  public static Notification of(Alert alert) {
    return new Notification(alert.getId(), Kind.ALERT, alert.getSubscriptionId(), List.of(alert), DeliveryMode.IMMEDIATE,
        alert.getCreatedAt());
  }

  /**
   * The alerts a digest subscription gathered. The id is a hash of the alert ids, so gathering the same alerts
   * again after a restart gives the same id.
   */
  public static Notification digest(String subscriptionId, DeliveryMode mode, List<Alert> alerts, Instant now) {
    return new Notification(AlertIds.digest(subscriptionId, alerts.stream().map(Alert::getId).toList()), Kind.DIGEST,
        subscriptionId, alerts, mode, now.truncatedTo(ChronoUnit.MILLIS));
  }

  /** A made-up alert about a sample event, for a subscriber to check their receiver with; a fresh id each time. */
  public static Notification test(String subscriptionId, Instant now) {
    Instant at = now.truncatedTo(ChronoUnit.MILLIS);
    byte[] random = new byte[RANDOM_BYTES];
    RANDOM.nextBytes(random);
    CooperationEvent sample = CooperationEvent.newBuilder()
        .setId("evt_sample")
        .setType(EventType.AGREEMENT)
        .setName("Sample agreement: a Tulpar test alert")
        .setParties(List.of("KZ", "TR"))
        .setStatus(EventStatus.SIGNED)
        .setDate(at.atOffset(ZoneOffset.UTC).toLocalDate().toString())
        .setPlace("Astana")
        .setTopics(List.of("trade"))
        .setConfidence(1.0)
        .setVersion(1)
        .setChange(ChangeKind.NEW)
        .setFirstSeenAt(at)
        .setUpdatedAt(at)
        .build();
    String id = "alrt_test_" + HexFormat.of().formatHex(random);
    Alert alert = Alert.newBuilder().setId(id).setSubscriptionId(subscriptionId).setEvent(sample).setCreatedAt(at)
        .build();
    return new Notification(id, Kind.TEST, subscriptionId, List.of(alert), DeliveryMode.IMMEDIATE, at);
  }
}
