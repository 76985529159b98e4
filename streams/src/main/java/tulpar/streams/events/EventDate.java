package tulpar.streams.events;

import java.time.LocalDate;
import java.time.Year;

/**
 * When an event happens, as far as the text resolves it: a day, or only a year. Labels and event ids use the
 * same two precisions, so "in May" and "this year" in a 2026 article are both "2026".
 */
record EventDate(LocalDate day, Year year) {

  static EventDate ofDay(LocalDate day) {
    return new EventDate(day, Year.of(day.getYear()));
  }

  static EventDate ofYear(int year) {
    return new EventDate(null, Year.of(year));
  }

  boolean hasDay() {
    return day != null;
  }

  /** Whether it lies wholly before a day by more than {@code days} days. */
  boolean isLongBefore(LocalDate reference, int days) {
    LocalDate latest = hasDay() ? day : year.atMonth(12).atEndOfMonth();
    return latest.isBefore(reference.minusDays(days));
  }

  boolean isAfter(LocalDate reference) {
    return hasDay() ? day.isAfter(reference) : year.getValue() > reference.getYear();
  }

  boolean isBefore(LocalDate reference) {
    return hasDay() ? day.isBefore(reference) : year.getValue() < reference.getYear();
  }

  /** YYYY-MM-DD or YYYY. */
  String iso() {
    return hasDay() ? day.toString() : year.toString();
  }
}
