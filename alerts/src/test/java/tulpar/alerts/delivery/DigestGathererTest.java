package tulpar.alerts.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tulpar.alerts.MutableClock;
import tulpar.alerts.delivery.OffsetTracker.Ticket;
import tulpar.schemas.Alert;
import tulpar.schemas.CooperationEvent;
import tulpar.schemas.DeliveryMode;
import tulpar.schemas.EventStatus;
import tulpar.schemas.EventType;

class DigestGathererTest {

  private static final TopicPartition PARTITION = new TopicPartition("tulpar.alerts", 0);

  private final OffsetTracker tracker = new OffsetTracker();
  private final MutableClock clock = MutableClock.startingAt(Instant.parse("2026-02-02T09:30:00Z"));
  private final DigestGatherer gatherer = new DigestGatherer(clock);

  @ParameterizedTest(name = "{0} at {1}: due {2}")
  @CsvSource({
      "HOURLY_DIGEST, 2026-02-02T09:20:00Z, 2026-02-02T10:00:00Z",
      "HOURLY_DIGEST, 2026-02-02T09:00:00Z, 2026-02-02T10:00:00Z",
      "HOURLY_DIGEST, 2026-02-02T23:59:59Z, 2026-02-03T00:00:00Z",
      "DAILY_DIGEST, 2026-02-02T09:20:00Z, 2026-02-03T00:00:00Z",
  })
  void aDigestIsDueAtTheEndOfTheHourOrUtcDayItsEarliestAlertWasMadeIn(DeliveryMode mode, Instant at, Instant due) {
    assertThat(DigestGatherer.nextBoundary(mode, at)).isEqualTo(due);
  }

  @Test
  void aDueDigestCarriesItsAlertsOnceEachAndAllTheirTickets() {
    Ticket first = tracker.track(PARTITION, 1);
    Ticket replayed = tracker.track(PARTITION, 2);
    Ticket second = tracker.track(PARTITION, 3);
    gatherer.gather(alert("sub_a", "alrt_1"), first, DeliveryMode.HOURLY_DIGEST);
    gatherer.gather(alert("sub_a", "alrt_1"), replayed, DeliveryMode.HOURLY_DIGEST);
    gatherer.gather(alert("sub_a", "alrt_2"), second, DeliveryMode.HOURLY_DIGEST);
    assertThat(gatherer.takeDue()).as("not before the hour ends").isEmpty();

    clock.advance(Duration.ofMinutes(30));
    List<DigestGatherer.Due> due = gatherer.takeDue();

    assertThat(due).hasSize(1);
    Notification digest = due.get(0).notification();
    assertThat(digest.kind()).isEqualTo(Notification.Kind.DIGEST);
    assertThat(digest.id()).startsWith("dgst_");
    assertThat(digest.subscriptionId()).isEqualTo("sub_a");
    assertThat(digest.mode()).isEqualTo(DeliveryMode.HOURLY_DIGEST);
    assertThat(digest.alerts()).extracting(Alert::getId).containsExactly("alrt_1", "alrt_2");
    assertThat(due.get(0).tickets()).containsExactly(first, replayed, second);
    assertThat(gatherer.takeDue()).as("handed out once").isEmpty();
  }

  @Test
  void anAlertGatheredAfterADigestLeftWaitsForTheNextHourAndADailyOneForTheDay() {
    gatherer.gather(alert("sub_a", "alrt_1"), tracker.track(PARTITION, 1), DeliveryMode.HOURLY_DIGEST);
    gatherer.gather(alert("sub_b", "alrt_2"), tracker.track(PARTITION, 2), DeliveryMode.DAILY_DIGEST);
    clock.advance(Duration.ofMinutes(30));
    assertThat(gatherer.takeDue()).extracting(d -> d.notification().subscriptionId()).containsExactly("sub_a");

    gatherer.gather(alert("sub_a", "alrt_3"), tracker.track(PARTITION, 3), DeliveryMode.HOURLY_DIGEST);
    clock.advance(Duration.ofMinutes(59));
    assertThat(gatherer.takeDue()).extracting(d -> d.notification().subscriptionId()).doesNotContain("sub_a");
    clock.advance(Duration.ofDays(1));
    assertThat(gatherer.takeDue()).extracting(d -> d.notification().subscriptionId())
        .containsExactlyInAnyOrder("sub_a", "sub_b");
  }

  @Test
  void alertsReadAgainAfterARestartGoAtTheBoundaryAfterTheyWereMadeNotAPeriodLater() {
    clock.advance(Duration.ofMinutes(35)); // 10:05: the alerts were made at 09:20, the instance that held them died
    DigestGatherer restarted = new DigestGatherer(clock);
    restarted.gather(alert("sub_a", "alrt_1"), tracker.track(PARTITION, 1), DeliveryMode.HOURLY_DIGEST);
    restarted.gather(alert("sub_b", "alrt_2"), tracker.track(PARTITION, 2), DeliveryMode.DAILY_DIGEST);

    assertThat(restarted.takeDue()).extracting(d -> d.notification().subscriptionId()).containsExactly("sub_a");
  }

  @Test
  void alertsOfARevokedPartitionAreLeftToTheirNewOwnerAndTheRestStillGo() {
    TopicPartition other = new TopicPartition("tulpar.alerts", 1);
    Ticket revoked = tracker.track(other, 1);
    gatherer.gather(alert("sub_a", "alrt_1"), revoked, DeliveryMode.HOURLY_DIGEST);
    gatherer.gather(alert("sub_b", "alrt_2"), tracker.track(other, 2), DeliveryMode.HOURLY_DIGEST);
    tracker.forget(List.of(other));
    Ticket again = tracker.track(other, 1); // the partition came back: the alert is read and gathered again
    gatherer.gather(alert("sub_a", "alrt_1"), again, DeliveryMode.HOURLY_DIGEST);

    clock.advance(Duration.ofMinutes(30));
    List<DigestGatherer.Due> due = gatherer.takeDue();

    assertThat(due).hasSize(1);
    assertThat(due.get(0).notification().alerts()).extracting(Alert::getId).containsExactly("alrt_1");
    assertThat(due.get(0).tickets()).containsExactly(again);
  }

  @Test
  void theSameAlertsGiveTheSameDigestIdInAnyOrder() {
    Alert one = alert("sub_a", "alrt_1");
    Alert two = alert("sub_a", "alrt_2");
    Instant now = Instant.now();

    assertThat(Notification.digest("sub_a", DeliveryMode.DAILY_DIGEST, List.of(one, two), now).id())
        .isEqualTo(Notification.digest("sub_a", DeliveryMode.DAILY_DIGEST, List.of(two, one), now).id())
        .isNotEqualTo(Notification.digest("sub_a", DeliveryMode.DAILY_DIGEST, List.of(one), now).id());
  }

  private static Alert alert(String subscriptionId, String alertId) {
    Instant at = Instant.parse("2026-02-02T09:20:00Z");
    CooperationEvent event = CooperationEvent.newBuilder().setId("evt_" + alertId).setType(EventType.SUMMIT)
        .setName("OTS summit").setParties(List.of("AZ", "TR")).setStatus(EventStatus.HELD).setVersion(1)
        .setFirstSeenAt(at).setUpdatedAt(at).build();
    return Alert.newBuilder().setId(alertId).setSubscriptionId(subscriptionId).setEvent(event).setCreatedAt(at).build();
  }
}
