package tulpar.streams.events;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;

/**
 * When an event happens, as far as the text resolves it: a day, or only a year. Labels and event ids use the
 * same two precisions, so "in May" and "this year" in a 2026 article are both "2026". A month the text gave is
 * kept besides, to tell how long ago the event was ("in May 2022" is long past in January 2023).
 */
record EventDate(LocalDate day, Year year, YearMonth month) {

  static EventDate ofDay(LocalDate day) {
    return new EventDate(day, Year.of(day.getYear()), YearMonth.from(day));
  }

  static EventDate ofMonth(int year, int month) {
    return new EventDate(null, Year.of(year), YearMonth.of(year, month));
  }

  static EventDate ofYear(int year) {
    return new EventDate(null, Year.of(year), null);
  }

  boolean hasDay() {
    return day != null;
  }

  /** Whether it lies wholly before a day by more than {@code days} days. */
  boolean isLongBefore(LocalDate reference, int days) {
    LocalDate latest = hasDay() ? day : month != null ? month.atEndOfMonth() : year.atMonth(12).atEndOfMonth();
    return latest.isBefore(reference.minusDays(days));
  }

  boolean isAfter(LocalDate reference) {
    if (hasDay()) {
      return day.isAfter(reference);
    }
    return month != null ? month.isAfter(YearMonth.from(reference)) : year.getValue() > reference.getYear();
  }

  boolean isBefore(LocalDate reference) {
    return hasDay() ? day.isBefore(reference) : year.getValue() < reference.getYear();
  }

  /**
   * Whether two dates may be one: the same day, or the same year when either has no day ("in 2026" and "on 2
   * February 2026"). As their {@link #iso} forms, one starts with the other; compared without making them.
   */
  boolean sameOrWithin(EventDate other) {
    return year.equals(other.year) && (!hasDay() || !other.hasDay() || day.equals(other.day));
  }

  /** YYYY-MM-DD or YYYY. */
  String iso() {
    return hasDay() ? day.toString() : year.toString();
  }
}
