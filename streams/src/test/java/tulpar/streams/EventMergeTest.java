package tulpar.streams;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tulpar.schemas.ChangeKind;
import tulpar.schemas.CooperationEvent;
import tulpar.schemas.EventSource;
import tulpar.schemas.EventStatus;
import tulpar.schemas.EventType;

class EventMergeTest {

  private static final Instant SUNDAY = Instant.parse("2026-02-01T08:00:00Z");
  private static final Instant TUESDAY = Instant.parse("2026-02-03T08:00:00Z");

  private static CooperationEvent report(String articleId, EventStatus status, String date, Instant seenAt) {
    return CooperationEvent.newBuilder()
        .setId("evt-1").setType(EventType.MEETING).setName("8th meeting of the Joint Strategic Planning Group")
        .setParties(List.of("KZ", "TR")).setStatus(status).setDate(date).setPlace(null).setNewsworthy(true)
        .setTopics(List.of("trade"))
        .setSources(List.of(new EventSource(articleId, null, "", seenAt, "evidence of " + articleId)))
        .setConfidence(0.0).setVersion(0).setChange(ChangeKind.NEW).setFirstSeenAt(seenAt).setUpdatedAt(seenAt)
        .build();
  }

  @Test
  void shouldStartANewEventAtVersionOne() {
    CooperationEvent event = EventMerge.merge(null, report("preview", EventStatus.PLANNED, "2026-02-02", SUNDAY))
        .orElseThrow();

    assertThat(event.getVersion()).isEqualTo(1);
    assertThat(event.getChange()).isEqualTo(ChangeKind.NEW);
    assertThat(event.getConfidence()).isEqualTo(0.5);
  }

  @Test
  void shouldMoveTheStatusForwardAndAddTheSource() {
    CooperationEvent planned = EventMerge.merge(null, report("preview", EventStatus.PLANNED, "2026", SUNDAY))
        .orElseThrow();

    CooperationEvent held = EventMerge.merge(planned, report("report", EventStatus.HELD, "2026-02-02", TUESDAY))
        .orElseThrow();

    assertThat(held.getStatus()).isEqualTo(EventStatus.HELD);
    assertThat(held.getVersion()).isEqualTo(2);
    assertThat(held.getChange()).isEqualTo(ChangeKind.STATUS_CHANGED);
    assertThat(held.getSources()).extracting(EventSource::getArticleId).containsExactly("preview", "report");
    assertThat(held.getDate()).as("a day is sharper than a year").isEqualTo("2026-02-02");
    assertThat(held.getFirstSeenAt()).isEqualTo(SUNDAY);
    assertThat(held.getUpdatedAt()).isEqualTo(TUESDAY);
    assertThat(held.getConfidence()).isEqualTo(0.75);
  }

  @Test
  void shouldNeverMoveTheStatusBackButStillRecordTheNewSource() {
    CooperationEvent held = EventMerge.merge(null, report("report", EventStatus.HELD, "2026-02-02", TUESDAY))
        .orElseThrow();

    CooperationEvent updated = EventMerge.merge(held, report("late-preview", EventStatus.PLANNED, "2026-02-02",
        TUESDAY)).orElseThrow();

    assertThat(updated.getStatus()).isEqualTo(EventStatus.HELD);
    assertThat(updated.getChange()).isEqualTo(ChangeKind.UPDATED);
    assertThat(updated.getVersion()).isEqualTo(2);
  }

  @Test
  void shouldChangeNothingWhenTheSameArticleReportsTheSameAgain() {
    CooperationEvent planned = EventMerge.merge(null, report("preview", EventStatus.PLANNED, "2026-02-02", SUNDAY))
        .orElseThrow();

    assertThat(EventMerge.merge(planned, report("preview", EventStatus.PLANNED, "2026-02-02", TUESDAY))).isEmpty();
  }

  @Test
  void shouldMakeAnEventKnownOnlyAsBackgroundNewOnceAReportGivesItAsNews() {
    CooperationEvent background = EventMerge.merge(null, CooperationEvent.newBuilder(
        report("feature", EventStatus.HELD, "2026-02-02", SUNDAY)).setNewsworthy(false).build()).orElseThrow();
    CooperationEvent alsoBackground = EventMerge.merge(background, CooperationEvent.newBuilder(
        report("column", EventStatus.HELD, "2026-02-02", SUNDAY)).setNewsworthy(false).build()).orElseThrow();

    CooperationEvent news = EventMerge.merge(alsoBackground, report("report", EventStatus.HELD, "2026-02-02", TUESDAY))
        .orElseThrow();

    assertThat(alsoBackground.getChange()).isEqualTo(ChangeKind.UPDATED);
    assertThat(news.getNewsworthy()).isTrue();
    assertThat(news.getChange()).isEqualTo(ChangeKind.NEW);
    assertThat(news.getVersion()).isEqualTo(3);
  }
}
