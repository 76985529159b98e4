package tulpar.streams.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DateExpressionTest {

  private static final Optional<LocalDate> SUNDAY_1_FEB_2026 = Optional.of(LocalDate.of(2026, 2, 1));

  private static String resolve(DateExpression date, Optional<LocalDate> anchor, boolean future) {
    return date.resolve(anchor, future).map(EventDate::iso).orElse(null);
  }

  @Test
  void shouldTakeTheComingWeekdayForWhatLiesAheadAndThePastOneForWhatHappened() {
    DateExpression monday = DateExpression.weekday(0, 6, 1);

    assertThat(resolve(monday, SUNDAY_1_FEB_2026, true)).isEqualTo("2026-02-02");
    assertThat(resolve(monday, SUNDAY_1_FEB_2026, false)).isEqualTo("2026-01-26");
  }

  @Test
  void shouldPutADayWithoutAYearInTheYearThatFitsTheTense() {
    DateExpression december20 = DateExpression.day(0, 6, 0, 12, 20, null);
    DateExpression february2 = DateExpression.day(0, 6, 0, 2, 2, null);

    assertThat(resolve(december20, SUNDAY_1_FEB_2026, false)).isEqualTo("2025-12-20");
    assertThat(resolve(february2, SUNDAY_1_FEB_2026, true)).isEqualTo("2026-02-02");
    assertThat(resolve(DateExpression.day(0, 6, 0, 1, 5, null), Optional.of(LocalDate.of(2025, 12, 20)), true))
        .as("a January meeting announced in December is next year's").isEqualTo("2026-01-05");
  }

  @Test
  void shouldApplyARelativeYearToADay() {
    DateExpression july29OfLastYear = DateExpression.day(0, 6, 0, 7, 29, -1);

    assertThat(resolve(july29OfLastYear, SUNDAY_1_FEB_2026, false)).isEqualTo("2025-07-29");
  }

  @Test
  void shouldResolveAMonthOrARelativeYearToTheYearOnly() {
    assertThat(resolve(DateExpression.month(0, 3, 0, 5, null), SUNDAY_1_FEB_2026, true)).isEqualTo("2026");
    assertThat(resolve(DateExpression.relativeYear(0, 9, 0), SUNDAY_1_FEB_2026, true)).isEqualTo("2026");
    assertThat(resolve(DateExpression.relativeYear(0, 9, -1), SUNDAY_1_FEB_2026, false)).isEqualTo("2025");
  }

  @Test
  void shouldLeaveRelativeDatesOpenWithoutTheArticleDate() {
    assertThat(resolve(DateExpression.weekday(0, 6, 1), Optional.empty(), true)).isNull();
    assertThat(resolve(DateExpression.day(0, 6, 0, 7, 29, null), Optional.empty(), false)).isNull();
    assertThat(resolve(DateExpression.day(0, 6, 2017, 10, 31, null), Optional.empty(), false))
        .isEqualTo("2017-10-31");
  }

  @Test
  void shouldNotInventImpossibleDays() {
    assertThat(resolve(DateExpression.day(0, 6, 2026, 2, 30, null), SUNDAY_1_FEB_2026, false)).isNull();
  }
}
