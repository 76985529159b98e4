package tulpar.alerts;

import java.time.Instant;
import java.util.List;
import tulpar.schemas.ChangeKind;
import tulpar.schemas.CooperationEvent;
import tulpar.schemas.EventSource;
import tulpar.schemas.EventStatus;
import tulpar.schemas.EventType;

/** Cooperation events as the streams topology would write them. */
final class TestEvents {

  private static final Instant FIRST_SEEN = Instant.parse("2026-02-01T08:00:00Z");

  private TestEvents() {}

  /** A new agreement between Kazakhstan and Türkiye whose name contains {@code token}. */
  static CooperationEvent.Builder agreement(String id, String token) {
    return CooperationEvent.newBuilder()
        .setId(id)
        .setType(EventType.AGREEMENT)
        .setName("Kazakhstan–Türkiye memorandum on " + token + " cooperation")
        .setParties(List.of("KZ", "TR"))
        .setStatus(EventStatus.PLANNED)
        .setDate("2026-02-02")
        .setPlace("Ankara")
        .setTopics(List.of("trade", "energy"))
        .setSources(List.of(EventSource.newBuilder()
            .setArticleId("art_" + id)
            .setTitle("Astana and Ankara to sign " + token + " memorandum")
            .setFirstSeenAt(FIRST_SEEN)
            .build()))
        .setConfidence(0.8)
        .setVersion(1)
        .setChange(ChangeKind.NEW)
        .setFirstSeenAt(FIRST_SEEN)
        .setUpdatedAt(FIRST_SEEN);
  }
}
