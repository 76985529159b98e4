package tulpar.ingest.article;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import tulpar.schemas.RejectReason;

/**
 * Reads a stated publication date in the forms files, feeds and agencies use: ISO 8601 ({@code YYYY-MM-DD} as
 * midnight UTC, a date-time with an offset such as {@code Z}, {@code +03:00} or {@code +0300}, or without one,
 * taken as UTC); RFC 822/1123 ({@link Rfc822Dates}); and a day with a month name in any of the six languages
 * ({@link NamedMonthDates}). {@code unknown} or nothing means the source does not know. A date that has the
 * right shape but is not on the calendar, is before 1900 or is more than a day ahead is IMPOSSIBLE_DATE.
 */
public final class PublicationDates {

  static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");
  static final Duration FUTURE_TOLERANCE = Duration.ofDays(1);

  private static final String HOW_TO_WRITE = "write YYYY-MM-DD (2026-02-03), an ISO-8601 instant"
      + " (2026-02-03T09:30:00Z), an RFC 1123 date (Tue, 3 Feb 2026 09:30:00 GMT), a day and a month name"
      + " (3 February 2026, 3 Şubat 2026, 3 февраля 2026) or 'unknown'";
  /** ISO 8601 date-times with any of the offset spellings feeds use, or none. */
  private static final DateTimeFormatter ISO_DATE_TIME = new DateTimeFormatterBuilder()
      .append(DateTimeFormatter.ISO_LOCAL_DATE)
      .appendLiteral('T')
      .append(DateTimeFormatter.ISO_LOCAL_TIME)
      .appendPattern("[XXX][XX][X]")
      .toFormatter(Locale.ROOT);
  private static final List<DateForm> FORMS = List.of(
      text -> iso(() -> LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant()),
      text -> iso(() -> isoDateTime(ISO_DATE_TIME.parseBest(text, OffsetDateTime::from, LocalDateTime::from))),
      Rfc822Dates::parse,
      NamedMonthDates::parse);

  private static final Pattern DAY_SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private PublicationDates() {}

  /** The stated instant, or empty when the text is absent, blank or {@code unknown}. */
  public static Optional<Instant> parse(String text, Instant now) throws BadArticleException {
    if (Text.isBlank(text) || text.strip().toLowerCase(Locale.ROOT).equals("unknown")) {
      return Optional.empty();
    }
    String date = text.strip();
    for (DateForm form : FORMS) {
      Optional<Instant> instant = form.read(date);
      if (instant.isPresent()) {
        return Optional.of(checkPlausible(date, instant.get(), now));
      }
    }
    throw unreadable(date);
  }

  /** The instant of a date read field by field; a field out of its range makes the date impossible. */
  static Instant instant(String text, int year, int month, int day, int hour, int minute, int second,
                         ZoneOffset offset) throws BadArticleException {
    try {
      return LocalDateTime.of(year, month, day, hour, minute, second).toInstant(offset);
    } catch (DateTimeException e) {
      throw new BadArticleException(RejectReason.IMPOSSIBLE_DATE, "The date " + Text.quote(text)
          + " is not a day of the calendar (" + e.getMessage() + "): check the day, the month and the time.");
    }
  }

  /** One way of writing a date: the instant, empty when the text is not written this way. */
  @FunctionalInterface
  private interface DateForm {
    Optional<Instant> read(String text) throws BadArticleException;
  }

  @FunctionalInterface
  private interface IsoParse {
    Instant parse();
  }

  private static Optional<Instant> iso(IsoParse parse) {
    try {
      return Optional.of(parse.parse());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static Instant isoDateTime(TemporalAccessor parsed) {
    return parsed instanceof OffsetDateTime offset
        ? offset.toInstant()
        : ((LocalDateTime) parsed).toInstant(ZoneOffset.UTC);
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
