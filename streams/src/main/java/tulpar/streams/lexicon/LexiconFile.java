package tulpar.streams.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads one data file of the lexicon from the classpath: lines of tab-separated columns, {@code #} comments and
 * blank lines skipped. A malformed line fails loudly with its file and line number, since a silently skipped
 * term would only show up as a missed tag much later.
 */
final class LexiconFile {

  private static final String DIRECTORY = "/tulpar/streams/lexicon/";

  /** One line's columns, with where it came from for error messages. */
  record Row(String file, int line, String[] columns) {

    String column(int index) {
      return index < columns.length ? columns[index].strip() : "";
    }

    IllegalStateException invalid(String why) {
      return new IllegalStateException("Lexicon file " + file + " line " + line + ": " + why + " in '"
          + String.join("\\t", columns) + "'");
    }
  }

  private LexiconFile() {}

  static List<Row> rows(String file, int minimumColumns) {
    List<Row> rows = new ArrayList<>();
    List<String> lines = lines(file);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      Row row = new Row(file, i + 1, line.split("\t"));
      if (row.columns().length < minimumColumns
          || Arrays.stream(row.columns()).limit(minimumColumns).anyMatch(String::isBlank)) {
        throw row.invalid("expected " + minimumColumns + " tab-separated columns");
      }
      rows.add(row);
    }
    return rows;
  }

  /** A file of one entry per line. */
  static List<String> entries(String file) {
    return lines(file).stream().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
  }

  private static List<String> lines(String file) {
    try (InputStream in = LexiconFile.class.getResourceAsStream(DIRECTORY + file)) {
      if (in == null) {
        throw new IllegalStateException("Lexicon file " + DIRECTORY + file + " is missing from the classpath");
      }
      return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read lexicon file " + file, e);
    }
  }
}
