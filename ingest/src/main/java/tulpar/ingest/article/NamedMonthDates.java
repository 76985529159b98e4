package tulpar.ingest.article;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates written with a month name, the way agencies print them: "03 November 2023", "3 Nov. 2023",
 * "November 3, 2023", "3 Kasım 2023", "3 ноября 2023 года", "3-noyabr, 2023", "2023-yil 3-noyabr",
 * "2023 жылғы 3 қараша", optionally followed by a time ("14:30", "at 14:30", "saat 14.30"). Names come from
 * {@link MonthNames}. A time without a zone is read as UTC: these forms carry none, and the day is what matters.
 */
final class NamedMonthDates {

  private static final String DAY = "(?<day>\\d{1,2})(?:st|nd|rd|th)?";
  private static final String MONTH = "(?<month>\\p{L}+)\\.?";
  private static final String YEAR = "(?<year>\\d{4})";
  /** Words after or around a year: "года", "г.", "-yil", "-cü il", "жылғы". */
  private static final String YEAR_WORDS = "(?:[-\\s]+\\p{L}+\\.?){0,2}";
  private static final String TIME = "(?:,?\\s*(?:\\p{L}+\\s+)?(?<hour>\\d{1,2})[:.](?<minute>\\d{2}))?";
  private static final List<Pattern> FORMS = List.of(
      Pattern.compile(DAY + "[-.\\s]+" + MONTH + ",?\\s+" + YEAR + YEAR_WORDS + TIME),
      Pattern.compile(MONTH + "\\s+" + DAY + ",?\\s+" + YEAR + YEAR_WORDS + TIME),
      Pattern.compile(YEAR + YEAR_WORDS + "[,\\s]+" + DAY + "[-\\s]+" + MONTH + TIME));

  private NamedMonthDates() {}

  static Optional<Instant> parse(String text) throws BadArticleException {
    for (Pattern form : FORMS) {
      Matcher date = form.matcher(text);
      if (date.matches()) {
        OptionalInt month = MonthNames.number(date.group("month"));
        if (month.isPresent()) {
          return Optional.of(PublicationDates.instant(text, Integer.parseInt(date.group("year")),
              month.getAsInt(), Integer.parseInt(date.group("day")), number(date.group("hour")),
              number(date.group("minute")), 0, ZoneOffset.UTC));
        }
      }
    }
    return Optional.empty();
  }

  private static int number(String digits) {
    return digits == null ? 0 : Integer.parseInt(digits);
  }
}
