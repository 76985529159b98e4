package tulpar.alerts.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import tulpar.alerts.delivery.OffsetTracker.Ticket;

class OffsetTrackerTest {

  private static final TopicPartition P0 = new TopicPartition("tulpar.alerts", 0);
  private static final TopicPartition P1 = new TopicPartition("tulpar.alerts", 1);

  private final OffsetTracker tracker = new OffsetTracker();

  @Test
  void commitsOnlyUpToTheOldestUnfinishedRecord() {
    Ticket first = tracker.track(P0, 10);
    Ticket second = tracker.track(P0, 11);
    Ticket third = tracker.track(P0, 12);

    second.finish();
    third.finish();
    assertThat(tracker.committable()).isEqualTo(Map.of(P0, new OffsetAndMetadata(10)));

    first.finish();
    assertThat(tracker.committable()).isEqualTo(Map.of(P0, new OffsetAndMetadata(13)));
  }

  @Test
  void offersEachOffsetOnlyUntilItIsCommitted() {
    tracker.track(P0, 5).finish();
    tracker.committed(tracker.committable());

    assertThat(tracker.committable()).isEmpty();
    tracker.track(P1, 0).finish();
    assertThat(tracker.committable()).isEqualTo(Map.of(P1, new OffsetAndMetadata(1)));
  }

  @Test
  void revokedPartitionsKillTheirTicketsAndAreNoLongerCommitted() {
    Ticket revoked = tracker.track(P0, 3);
    Ticket kept = tracker.track(P1, 7);

    tracker.forget(List.of(P0));

    assertThat(revoked.isLive()).isFalse();
    assertThat(kept.isLive()).isTrue();
    revoked.finish();
    assertThat(tracker.committable()).isEqualTo(Map.of(P1, new OffsetAndMetadata(7)));
    assertThat(tracker.unfinishedCount()).isEqualTo(1);
  }

  @Test
  void aTicketFromBeforeAReassignmentDoesNotFinishTheNewOne() {
    Ticket old = tracker.track(P0, 4);
    tracker.forget(List.of(P0));
    Ticket again = tracker.track(P0, 4);

    old.finish();

    assertThat(again.isLive()).isTrue();
    assertThat(tracker.committable()).isEqualTo(Map.of(P0, new OffsetAndMetadata(4)));
  }
}
