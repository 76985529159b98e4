package tulpar.ingest.article;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tulpar.schemas.RejectReason;

/**
 * RFC 822 / RFC 1123 dates as RSS feeds and mail headers write them: "Tue, 3 Feb 2026 09:30:00 GMT",
 * "03 Feb 26 09:30 +0300". The weekday is optional and not checked, since feeds often get it wrong while the
 * date itself is right. A missing zone is read as UTC.
 */
final class Rfc822Dates {

  private static final Pattern FORM = Pattern.compile("(?:\\p{L}{2,9}\\.?,?\\s+)?(\\d{1,2})\\s+(\\p{L}{3,9})\\.?\\s+"
      + "(\\d{4}|\\d{2})\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*"
      + "(?:([+-]\\d{2}):?(\\d{2})|\\(?([A-Za-z]{1,5})\\)?)?");
  /** The zone names of RFC 822 and a few more that Turkic states' sites use. */
  private static final Map<String, Integer> ZONE_HOURS = Map.ofEntries(
      Map.entry("UT", 0), Map.entry("UTC", 0), Map.entry("GMT", 0), Map.entry("Z", 0),
      Map.entry("EST", -5), Map.entry("EDT", -4), Map.entry("CST", -6), Map.entry("CDT", -5),
      Map.entry("MST", -7), Map.entry("MDT", -6), Map.entry("PST", -8), Map.entry("PDT", -7),
      Map.entry("MSK", 3), Map.entry("TRT", 3), Map.entry("AZT", 4), Map.entry("UZT", 5), Map.entry("ALMT", 5),
      Map.entry("QYZT", 5), Map.entry("KGT", 6));
  /** Two-digit years below this are in this century, the rest in the last (RFC 2822 section 4.3). */
  private static final int TWO_DIGIT_PIVOT = 50;

  private Rfc822Dates() {}

  static Optional<Instant> parse(String text) throws BadArticleException {
    Matcher date = FORM.matcher(text);
    if (!date.matches()) {
      return Optional.empty();
    }
    OptionalInt month = MonthNames.number(date.group(2));
    if (month.isEmpty()) {
      return Optional.empty();
    }
    int year = Integer.parseInt(date.group(3));
    if (date.group(3).length() == 2) {
      year += year < TWO_DIGIT_PIVOT ? 2000 : 1900;
    }
    return Optional.of(PublicationDates.instant(text, year, month.getAsInt(), Integer.parseInt(date.group(1)),
        Integer.parseInt(date.group(4)), Integer.parseInt(date.group(5)),
        date.group(6) == null ? 0 : Integer.parseInt(date.group(6)), offset(text, date)));
  }

  private static ZoneOffset offset(String text, Matcher date) throws BadArticleException {
    try {
      if (date.group(7) != null) {
        int hours = Integer.parseInt(date.group(7));
        int minutes = Integer.parseInt(date.group(8));
        return ZoneOffset.ofHoursMinutes(hours, date.group(7).startsWith("-") ? -minutes : minutes);
      }
    } catch (DateTimeException e) {
      throw new BadArticleException(RejectReason.MALFORMED, "The date " + Text.quote(text)
          + " has the offset " + date.group(7) + date.group(8) + ", which no time zone has.");
    }
    if (date.group(9) == null) {
      return ZoneOffset.UTC;
    }
    Integer hours = ZONE_HOURS.get(date.group(9).toUpperCase(Locale.ROOT));
    if (hours == null) {
      throw new BadArticleException(RejectReason.MALFORMED, "The date " + Text.quote(text) + " names the time zone "
          + Text.quote(date.group(9)) + ", which Tulpar does not know: give the offset instead, such as +0300.");
    }
    return ZoneOffset.ofHours(hours);
  }
}
