package tulpar.ingest.article;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the ingest data files written as {@code key: word word …} lines, with {@code #} comments and blank
 * lines: the stopwords per language, the month names per month.
 */
final class KeyedWordLists {

  private static final Pattern LINE = Pattern.compile("([^:\\s]+):(.*)");

  private KeyedWordLists() {}

  /** Each key with its words, in file order; a line of another shape fails loudly, naming the file. */
  static List<Map.Entry<String, List<String>>> read(String resource) {
    try (InputStream in = Objects.requireNonNull(KeyedWordLists.class.getResourceAsStream(resource), resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .map(String::strip)
          .filter(line -> !line.isEmpty() && !line.startsWith("#"))
          .map(line -> entry(resource, line))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + resource + " from the ingest jar", e);
    }
  }

  private static Map.Entry<String, List<String>> entry(String resource, String line) {
    Matcher entry = LINE.matcher(line);
    if (!entry.matches()) {
      throw new IllegalStateException(resource + " has a line that is not 'key: words': " + line);
    }
    return Map.entry(entry.group(1), List.of(entry.group(2).strip().split("\\s+")));
  }
}
