package tulpar.ingest.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
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
  @CsvSource(delimiter = '|', value = {
      "Tue, 03 Feb 2026 09:30:00 GMT       | 2026-02-03T09:30:00Z",
      "Tue, 3 Feb 2026 12:30:00 +0300      | 2026-02-03T09:30:00Z",
      "3 Feb 2026 09:30 UT                 | 2026-02-03T09:30:00Z",
      "Mon, 02 Feb 26 22:30:00 EST         | 2026-02-03T03:30:00Z",
      "Tue, 3 Feb 2026 09:30:00            | 2026-02-03T09:30:00Z",
      "2026-02-03T12:30:00.250+0300        | 2026-02-03T09:30:00.250Z",
      "2026-02-03T12:30:00+03              | 2026-02-03T09:30:00Z",
      "03 November 2023                    | 2023-11-03T00:00:00Z",
      "3 Nov. 2023                         | 2023-11-03T00:00:00Z",
      "November 3, 2023                    | 2023-11-03T00:00:00Z",
      "3rd November 2023, 14:05            | 2023-11-03T14:05:00Z",
      "3 Kasım 2023                        | 2023-11-03T00:00:00Z",
      "3 KASIM 2023 saat 14.05             | 2023-11-03T14:05:00Z",
      "14 Şubat 2026                       | 2026-02-14T00:00:00Z",
      "3 ноября 2023 года                  | 2023-11-03T00:00:00Z",
      "3 ноября 2023 г., 14:05             | 2023-11-03T14:05:00Z",
      "2023 жылғы 3 қараша                 | 2023-11-03T00:00:00Z",
      "3-noyabr, 2023                      | 2023-11-03T00:00:00Z",
      "2023-yil 3-noyabr                   | 2023-11-03T00:00:00Z",
      "3 noyabr 2023-cü il                 | 2023-11-03T00:00:00Z",
      "3 avqust 2025                       | 2025-08-03T00:00:00Z"})
  void readsTheFormsFeedsAndAgenciesUse(String text, String expected) throws Exception {
    assertThat(PublicationDates.parse(text, NOW)).contains(Instant.parse(expected));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Fri, 01 Jan 3000 00:00:00 GMT | more than a day after now",
      "3000-01-01                    | more than a day after now",
      "3 Kasım 3000                  | more than a day after now",
      "31 February 2026              | not a day of the calendar",
      "Mon, 30 Feb 2026 10:00:00 GMT | not a day of the calendar"})
  void impossibleDatesInEveryFormAreImpossible(String text, String why) {
    assertThatThrownBy(() -> PublicationDates.parse(text, NOW))
        .isInstanceOfSatisfying(BadArticleException.class,
            e -> assertThat(e.reason()).isEqualTo(RejectReason.IMPOSSIBLE_DATE))
        .hasMessageContaining(why);
  }

  @Test
  void unknownTimeZoneIsMalformedAndSaysSo() {
    assertThatThrownBy(() -> PublicationDates.parse("Tue, 3 Feb 2026 09:30:00 XYZ", NOW))
        .isInstanceOfSatisfying(BadArticleException.class,
            e -> assertThat(e.reason()).isEqualTo(RejectReason.MALFORMED))
        .hasMessageContaining("'XYZ'");
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
  @ValueSource(strings = {"next Tuesday", "03/02/2026", "2026-02-03 09:30", "20260203", "3 Brumaire 2026",
      "Şubat"})
  void unreadableDatesAreMalformedAndSayWhichFormsWork(String text) {
    assertThatThrownBy(() -> PublicationDates.parse(text, NOW))
        .isInstanceOfSatisfying(BadArticleException.class,
            e -> assertThat(e.reason()).isEqualTo(RejectReason.MALFORMED))
        .hasMessageContaining("YYYY-MM-DD");
  }
}
