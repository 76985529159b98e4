package tulpar.streams.events;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

/**
 * A date as a sentence writes it, at {@code [start, end)} of the folded text, not yet resolved. Fields that
 * the text leaves open are 0; {@code yearOffset} is "this year" (0), "last year" (-1) when stated.
 */
record DateExpression(int start, int end, Kind kind, int year, int month, int day, Integer yearOffset,
                      int dayOffset, int weekday) {

  enum Kind { DAY, MONTH, YEAR, RELATIVE_YEAR, WEEKDAY, RELATIVE_DAY }

  /** How far a day-and-month without a year may lie on the wrong side of the article's date. */
  private static final int YEAR_ROLL_DAYS = 30;

  static DateExpression day(int start, int end, int year, int month, int day, Integer yearOffset) {
    return new DateExpression(start, end, Kind.DAY, year, month, day, yearOffset, 0, 0);
  }

  static DateExpression month(int start, int end, int year, int month, Integer yearOffset) {
    return new DateExpression(start, end, Kind.MONTH, year, month, 0, yearOffset, 0, 0);
  }

  static DateExpression year(int start, int end, int year) {
    return new DateExpression(start, end, Kind.YEAR, year, 0, 0, null, 0, 0);
  }

  static DateExpression relativeYear(int start, int end, int offset) {
    return new DateExpression(start, end, Kind.RELATIVE_YEAR, 0, 0, 0, offset, 0, 0);
  }

  static DateExpression weekday(int start, int end, int weekday) {
    return new DateExpression(start, end, Kind.WEEKDAY, 0, 0, 0, null, 0, weekday);
  }

  static DateExpression relativeDay(int start, int end, int offset) {
    return new DateExpression(start, end, Kind.RELATIVE_DAY, 0, 0, 0, null, offset, 0);
  }

  /**
   * Resolves against the article's date; {@code future} says whether the event lies ahead (a weekday then
   * means the next one, a day and month without a year the next such day).
   */
  Optional<EventDate> resolve(Optional<LocalDate> anchor, boolean future) {
    try {
      return switch (kind) {
        case YEAR -> Optional.of(EventDate.ofYear(year));
        case RELATIVE_YEAR -> anchor.map(a -> EventDate.ofYear(a.getYear() + yearOffset));
        case RELATIVE_DAY -> anchor.map(a -> EventDate.ofDay(a.plusDays(dayOffset)));
        case WEEKDAY -> anchor.map(a -> EventDate.ofDay(future
            ? a.with(TemporalAdjusters.next(DayOfWeek.of(weekday)))
            : a.with(TemporalAdjusters.previousOrSame(DayOfWeek.of(weekday)))));
        case DAY -> resolveDay(anchor, future);
        case MONTH -> resolveYear(anchor, future).map(y -> EventDate.ofMonth(y, month));
      };
    } catch (DateTimeException impossible) {
      return Optional.empty();
    }
  }

  private Optional<EventDate> resolveDay(Optional<LocalDate> anchor, boolean future) {
    if (year != 0) {
      return Optional.of(EventDate.ofDay(LocalDate.of(year, month, day)));
    }
    if (anchor.isEmpty()) {
      return Optional.empty();
    }
    LocalDate reference = anchor.get();
    if (yearOffset != null) {
      return Optional.of(EventDate.ofDay(LocalDate.of(reference.getYear() + yearOffset, month, day)));
    }
    LocalDate candidate = LocalDate.of(reference.getYear(), month, day);
    if (future && candidate.isBefore(reference.minusDays(YEAR_ROLL_DAYS))) {
      candidate = candidate.plusYears(1);
    } else if (!future && candidate.isAfter(reference.plusDays(YEAR_ROLL_DAYS))) {
      candidate = candidate.minusYears(1);
    }
    return Optional.of(EventDate.ofDay(candidate));
  }

  private Optional<Integer> resolveYear(Optional<LocalDate> anchor, boolean future) {
    if (year != 0) {
      return Optional.of(year);
    }
    if (anchor.isEmpty()) {
      return Optional.empty();
    }
    int reference = anchor.get().getYear();
    if (yearOffset != null) {
      return Optional.of(reference + yearOffset);
    }
    int anchorMonth = anchor.get().getMonthValue();
    if (future && month < anchorMonth - 1) {
      return Optional.of(reference + 1);
    }
    if (!future && month > anchorMonth + 1) {
      return Optional.of(reference - 1);
    }
    return Optional.of(reference);
  }
}
