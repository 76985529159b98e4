package tulpar.alerts.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tulpar.schemas.ChangeKind;
import tulpar.schemas.CooperationEvent;
import tulpar.schemas.EventStatus;
import tulpar.schemas.EventType;

class MatchingLoopTest {

  @ParameterizedTest(name = "{0}, newsworthy {1}: alert {2}")
  @CsvSource({
      "NEW, true, true",
      "STATUS_CHANGED, true, true",
      "UPDATED, true, false",    // details only: not news
      "NEW, false, false",       // a background mention of a long-past event
  })
  void alertsOnlyOnNewsworthyFirstSightingsAndStatusChanges(ChangeKind change, boolean newsworthy, boolean alert) {
    Instant now = Instant.parse("2026-02-02T09:00:00Z");
    CooperationEvent event = CooperationEvent.newBuilder().setId("evt").setType(EventType.SUMMIT).setName("OTS summit")
        .setParties(List.of("AZ", "TR")).setStatus(EventStatus.HELD).setVersion(2).setChange(change)
        .setNewsworthy(newsworthy).setFirstSeenAt(now).setUpdatedAt(now).build();

    assertThat(MatchingLoop.isAlertable(event)).isEqualTo(alert);
  }
}
