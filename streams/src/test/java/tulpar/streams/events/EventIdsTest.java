package tulpar.streams.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tulpar.schemas.EventType;

class EventIdsTest {

  @Test
  void shouldIdentifyANumberedMeetingOfABodyWhateverItsDateOrTheOrderOfParties() {
    String preview = EventIds.of(EventType.MEETING, List.of("TR", "KZ"),
        "8th meeting of the Joint Strategic Planning Group", "2026-02-02");
    String report = EventIds.of(EventType.MEETING, List.of("KZ", "TR"),
        "8th Meeting of the Joint Strategic Planning Group", null);

    assertThat(report).isEqualTo(preview).startsWith("evt-");
  }

  @Test
  void shouldTellApartEventsOfOtherPartiesTypesOrYears() {
    String informal2026 = EventIds.of(EventType.SUMMIT, List.of("AZ", "KG", "KZ", "TR", "UZ"),
        "informal summit of the Organization of Turkic States", "2026");

    assertThat(EventIds.of(EventType.SUMMIT, List.of("AZ", "KG", "KZ", "TR", "UZ"),
        "informal summit of the Organization of Turkic States", "2026-05-15")).isEqualTo(informal2026);
    assertThat(EventIds.of(EventType.SUMMIT, List.of("AZ", "KG", "KZ", "TR", "UZ"),
        "informal summit of the Organization of Turkic States", "2027")).isNotEqualTo(informal2026);
    assertThat(EventIds.of(EventType.MEETING, List.of("AZ", "KG", "KZ", "TR", "UZ"),
        "informal summit of the Organization of Turkic States", "2026")).isNotEqualTo(informal2026);
    assertThat(EventIds.of(EventType.SUMMIT, List.of("KZ", "TR"),
        "informal summit of the Organization of Turkic States", "2026")).isNotEqualTo(informal2026);
  }
}
