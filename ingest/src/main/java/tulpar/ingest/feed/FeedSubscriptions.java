package tulpar.ingest.feed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import tulpar.servicekit.Durations;

/**
 * The feed list as people write it: {@code --feed URL} options and feeds files ({@code --feeds FILE}) with one
 * feed a line, {@code URL [interval]} such as {@code https://example.org/rss 15m}; {@code #} starts a comment
 * (at the start of a line, or after white space), blank lines are skipped. Every bad line is reported at once
 * with its file and line number. A feed named twice is read once, at the interval given first.
 */
public final class FeedSubscriptions {

  /** Shorter intervals only burden the publisher: news feeds change every few minutes at most. */
  public static final Duration MIN_INTERVAL = Duration.ofMinutes(1);
  private static final String DEFAULTS_RESOURCE = "/tulpar/ingest/default-feeds.txt";

  private FeedSubscriptions() {}

  /**
   * The feeds of the {@code --feed} values and the {@code --feeds} files together, in the order given.
   *
   * @throws IllegalArgumentException naming every bad value and line, so the launcher can exit with usage error
   */
  public static List<FeedSubscription> fromOptions(List<String> feeds, List<Path> feedFiles) {
    List<String> problems = new ArrayList<>();
    Map<URI, FeedSubscription> subscriptions = new LinkedHashMap<>();
    for (String feed : feeds) {
      parseLine(feed, "--feed " + feed, problems).ifPresent(s -> subscriptions.putIfAbsent(s.url(), s));
    }
    for (Path file : feedFiles) {
      String text;
      try {
        text = Files.readString(file, StandardCharsets.UTF_8);
      } catch (IOException e) {
        problems.add("Cannot read the feeds file " + file + " (" + e.getMessage() + ")");
        continue;
      }
      parseLines(text, file.toString(), problems).forEach(s -> subscriptions.putIfAbsent(s.url(), s));
    }
    failOn(problems);
    return List.copyOf(subscriptions.values());
  }

  /** The feeds of a feeds file's text; {@code origin} names it in messages. */
  public static List<FeedSubscription> parse(String text, String origin) {
    List<String> problems = new ArrayList<>();
    List<FeedSubscription> subscriptions = parseLines(text, origin, problems);
    failOn(problems);
    return subscriptions;
  }

  /** The bundled list of agency feeds (Turkic states, in several languages), for a run given no feeds. */
  public static List<FeedSubscription> defaults() {
    try (InputStream in = Objects.requireNonNull(FeedSubscriptions.class.getResourceAsStream(DEFAULTS_RESOURCE),
        DEFAULTS_RESOURCE)) {
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), DEFAULTS_RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + DEFAULTS_RESOURCE + " from the ingest jar", e);
    }
  }

  private static List<FeedSubscription> parseLines(String text, String origin, List<String> problems) {
    Map<URI, FeedSubscription> subscriptions = new LinkedHashMap<>();
    List<String> lines = text.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      String line = withoutComment(lines.get(i)).strip();
      if (!line.isEmpty()) {
        parseLine(line, origin + " line " + (i + 1), problems).ifPresent(s -> subscriptions.putIfAbsent(s.url(), s));
      }
    }
    return List.copyOf(subscriptions.values());
  }

  private static Optional<FeedSubscription> parseLine(String line, String where, List<String> problems) {
    String[] parts = line.strip().split("\\s+");
    if (parts.length > 2) {
      problems.add(where + ": expected 'URL [interval]', found " + parts.length + " words");
      return Optional.empty();
    }
    try {
      Duration interval = parts.length == 2 ? Durations.parse(parts[1]) : FeedSubscription.DEFAULT_INTERVAL;
      if (interval.compareTo(MIN_INTERVAL) < 0) {
        problems.add(where + ": the interval " + parts[1] + " is shorter than " + MIN_INTERVAL.toMinutes()
            + " minute; news feeds change every few minutes at most");
        return Optional.empty();
      }
      return Optional.of(new FeedSubscription(new URI(parts[0]), interval));
    } catch (URISyntaxException e) {
      problems.add(where + ": '" + parts[0] + "' is not an address (" + e.getReason() + ")");
    } catch (IllegalArgumentException e) {
      problems.add(where + ": " + e.getMessage());
    }
    return Optional.empty();
  }

  private static String withoutComment(String line) {
    int hash = line.indexOf('#');
    while (hash > 0 && !Character.isWhitespace(line.charAt(hash - 1))) {
      hash = line.indexOf('#', hash + 1); // a '#' inside a URL is its fragment, not a comment
    }
    return hash < 0 ? line : line.substring(0, hash);
  }

  private static void failOn(List<String> problems) {
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("Bad feed list: " + String.join("; ", problems));
    }
  }
}
