package tulpar.ingest.article;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import tulpar.schemas.RejectReason;

/**
 * Reads a stated publication date: {@code YYYY-MM-DD} (midnight UTC), an ISO-8601 instant or offset date-time,
 * or a local date-time (taken as UTC). {@code unknown} or nothing means the source does not know.
 */
public final class PublicationDates {

  static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");
  static final Duration FUTURE_TOLERANCE = Duration.ofDays(1);

  private static final String HOW_TO_WRITE =
      "write YYYY-MM-DD (2026-02-03), an ISO-8601 instant (2026-02-03T09:30:00Z) or 'unknown'";
  private static final List<Function<String, Instant>> FORMS = List.of(
      text -> LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant(),
      text -> OffsetDateTime.parse(text).toInstant(),
      text -> LocalDateTime.parse(text).toInstant(ZoneOffset.UTC));

  private static final Pattern DAY_SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private PublicationDates() {}

  /** The stated instant, or empty when the text is absent, blank or {@code unknown}. */
  public static Optional<Instant> parse(String text, Instant now) throws BadArticleException {
    if (Text.isBlank(text) || text.strip().toLowerCase(Locale.ROOT).equals("unknown")) {
      return Optional.empty();
    }
    String date = text.strip();
    Instant instant = FORMS.stream()
        .map(form -> attempt(form, date))
        .flatMap(Optional::stream)
        .findFirst()
        .orElseThrow(() -> unreadable(date));
    return Optional.of(checkPlausible(date, instant, now));
  }

  private static Optional<Instant> attempt(Function<String, Instant> form, String text) {
    try {
      return Optional.of(form.apply(text));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** A well-shaped day that the calendar does not have is impossible; anything else is malformed. */
  private static BadArticleException unreadable(String date) {
    String day = date.length() >= 10 ? date.substring(0, 10) : date;
    if (DAY_SHAPE.matcher(day).matches() && !isCalendarDay(day)) {
      return new BadArticleException(RejectReason.IMPOSSIBLE_DATE, "The date " + Text.quote(date)
          + " is not a day of the calendar: check the month and the day.");
    }
    return new BadArticleException(RejectReason.MALFORMED, "The date " + Text.quote(date)
        + " cannot be read: " + HOW_TO_WRITE + ".");
  }

  private static boolean isCalendarDay(String day) {
    try {
      LocalDate.parse(day);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  private static Instant checkPlausible(String date, Instant instant, Instant now) throws BadArticleException {
    if (instant.isBefore(EARLIEST)) {
      throw new BadArticleException(RejectReason.IMPOSSIBLE_DATE, "The date " + Text.quote(date)
          + " is before 1900, older than any news Tulpar reads: check the year.");
    }
    if (instant.isAfter(now.plus(FUTURE_TOLERANCE))) {
      throw new BadArticleException(RejectReason.IMPOSSIBLE_DATE, "The date " + Text.quote(date)
          + " is more than a day after now (" + now + "): check the year, or the clock of the machine that wrote it.");
    }
    return instant;
  }
}
