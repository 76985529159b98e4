package tulpar.ingest.article;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Month names in the six languages, from {@code month-names.txt}, kept as data so adding a spelling is easy. */
final class MonthNames {

  private static final String RESOURCE = "/tulpar/ingest/month-names.txt";
  private static final Pattern LINE = Pattern.compile("(\\d{1,2}):(.*)");
  private static final Map<String, Integer> NUMBERS = load();

  private MonthNames() {}

  /** The month (1–12) a word names, whatever its case, short-form dot or Turkish dotless i. */
  static OptionalInt number(String word) {
    Integer month = NUMBERS.get(fold(word));
    return month == null ? OptionalInt.empty() : OptionalInt.of(month);
  }

  private static String fold(String word) {
    String lower = word.toLowerCase(Locale.ROOT).replace("\u0307", "").replace('ı', 'i');
    return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
  }

  private static Map<String, Integer> load() {
    try (InputStream in = Objects.requireNonNull(MonthNames.class.getResourceAsStream(RESOURCE), RESOURCE)) {
      Map<String, Integer> numbers = new HashMap<>();
      new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .map(String::strip)
          .filter(line -> !line.isEmpty() && !line.startsWith("#"))
          .forEach(line -> {
            Matcher entry = LINE.matcher(line);
            if (!entry.matches()) {
              throw new IllegalStateException(RESOURCE + " has a line that is not 'month: names': " + line);
            }
            for (String name : entry.group(2).strip().split("\\s+")) {
              numbers.put(fold(name), Integer.parseInt(entry.group(1)));
            }
          });
      return Map.copyOf(numbers);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + RESOURCE + " from the ingest jar", e);
    }
  }
}
