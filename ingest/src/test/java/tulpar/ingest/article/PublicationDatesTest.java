package tulpar.ingest.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tulpar.schemas.RejectReason;

class PublicationDatesTest {

  private static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");

  @ParameterizedTest
  @CsvSource({
      "2026-02-03,                2026-02-03T00:00:00Z",
      "2026-02-03T09:30:00Z,      2026-02-03T09:30:00Z",
      "2026-02-03T12:30:00+03:00, 2026-02-03T09:30:00Z",
      "2026-02-03T09:30,          2026-02-03T09:30:00Z",
      "'  2026-02-03  ',          2026-02-03T00:00:00Z",
      "1900-01-01,                1900-01-01T00:00:00Z",
      "2026-03-11T11:00:00Z,      2026-03-11T11:00:00Z"})
  void readsTheAcceptedForms(String text, String expected) throws Exception {
    assertThat(PublicationDates.parse(text, NOW)).contains(Instant.parse(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "unknown", "Unknown "})
  void unknownOrBlankMeansNoDate(String text) throws Exception {
    assertThat(PublicationDates.parse(text, NOW)).isEmpty();
    assertThat(PublicationDates.parse(null, NOW)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
      "2026-02-30,           not a day of the calendar",
      "2025-13-01T10:00:00Z, not a day of the calendar",
      "1899-12-31,           before 1900",
      "2026-03-11T12:00:01Z, more than a day after now",
      "2031-01-01,           more than a day after now"})
  void impossibleDatesAreRejectedWithTheReason(String text, String why) {
    assertThatThrownBy(() -> PublicationDates.parse(text, NOW))
        .isInstanceOfSatisfying(BadArticleException.class,
            e -> assertThat(e.reason()).isEqualTo(RejectReason.IMPOSSIBLE_DATE))
        .hasMessageContaining(why)
        .hasMessageContaining(text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"next Tuesday", "03/02/2026", "2026-02-03 09:30", "20260203"})
  void unreadableDatesAreMalformedAndSayWhichFormsWork(String text) {
    assertThatThrownBy(() -> PublicationDates.parse(text, NOW))
        .isInstanceOfSatisfying(BadArticleException.class,
            e -> assertThat(e.reason()).isEqualTo(RejectReason.MALFORMED))
        .hasMessageContaining("YYYY-MM-DD");
  }
}
