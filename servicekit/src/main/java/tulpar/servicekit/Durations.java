package tulpar.servicekit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations as people write them in options and config: {@code 500ms}, {@code 5s}, {@code 5m}, {@code 2h}, {@code 1d}, or ISO-8601 {@code PT5S}. */
public final class Durations {

  private static final Pattern SIMPLE = Pattern.compile("(\\d{1,12})(ms|s|m|h|d)");

  private Durations() {}

  /** @throws IllegalArgumentException naming the text and the accepted forms */
  public static Duration parse(String text) {
    String value = text.trim().toLowerCase(Locale.ROOT);
    Matcher m = SIMPLE.matcher(value);
    if (m.matches()) {
      long n = Long.parseLong(m.group(1));
      return switch (m.group(2)) {
        case "ms" -> Duration.ofMillis(n);
        case "s" -> Duration.ofSeconds(n);
        case "m" -> Duration.ofMinutes(n);
        case "h" -> Duration.ofHours(n);
        default -> Duration.ofDays(n);
      };
    }
    try {
      return Duration.parse(value.toUpperCase(Locale.ROOT));
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("'" + text.trim() + "' is not a duration: write e.g. 500ms, 5s, 5m, 2h or 1d");
    }
  }

  /** A comma-separated list such as {@code 0s,5s,5m,30m}. */
  public static List<Duration> parseList(String text) {
    List<Duration> durations = new ArrayList<>();
    for (String part : text.split(",", -1)) {
      durations.add(parse(part));
    }
    return List.copyOf(durations);
  }
}
