package tulpar.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * The text every benchmark reads, as articles: the article bodies of the shared corpus (seeds, then the
 * development set, each in file-name order) repeated until they reach a requested size, so every run and every
 * benchmark sees the same bytes. Without the corpus it falls back to a few news-like articles written for the
 * benchmark, one in each of the six languages.
 *
 * <p>The text stays in article-sized strings, as the tagger gets it, rather than one long string: on one string
 * of megabytes, {@code String.toLowerCase} slows down by orders of magnitude once the text holds a Turkish
 * {@code İ} (see the README), which would make the reference measure a JDK quirk instead of reading the text.
 */
public final class CorpusText {

  /** The system property naming the corpus directory, as for the tests. */
  private static final String CORPUS_DIR_PROPERTY = "tulpar.corpus.dir";
  /** Where the corpus sits when the property is not set: beside the clone, seen from its root. */
  private static final String DEFAULT_CORPUS_DIR = "../shared/corpus";

  private static final String FALLBACK_RESOURCE = "fallback-articles.txt";
  private static final String FALLBACK_ARTICLE_END = "----";
  private static final String SEED_DATE_PREFIX = "date YYYY-MM-DD";

  private final List<String> articles;
  private final long utf8Bytes;
  private final String source;

  private CorpusText(List<String> articles, long utf8Bytes, String source) {
    this.articles = List.copyOf(articles);
    this.utf8Bytes = utf8Bytes;
    this.source = source;
  }

  /** At least {@code minimumBytes} of text (UTF-8) from the corpus the system property names. */
  public static CorpusText ofSize(long minimumBytes) {
    return ofSize(corpusDirectory(), minimumBytes);
  }

  /** At least {@code minimumBytes} of text (UTF-8) from a corpus directory, or the fallback without one. */
  public static CorpusText ofSize(Path corpusDirectory, long minimumBytes) {
    List<String> corpus = corpusArticles(corpusDirectory);
    if (corpus.isEmpty()) {
      return repeated(fallbackArticles(), minimumBytes,
          "the fallback articles (no corpus at " + corpusDirectory.toAbsolutePath().normalize() + ")");
    }
    return repeated(corpus, minimumBytes, corpus.size() + " articles of the corpus at "
        + corpusDirectory.toAbsolutePath().normalize());
  }

  private static Path corpusDirectory() {
    return Path.of(System.getProperty(CORPUS_DIR_PROPERTY, DEFAULT_CORPUS_DIR));
  }

  /** Whole articles, in order and again from the first, until the text is long enough. */
  private static CorpusText repeated(List<String> distinct, long minimumBytes, String source) {
    List<String> articles = new ArrayList<>();
    long bytes = 0;
    for (int i = 0; bytes < minimumBytes; i = (i + 1) % distinct.size()) {
      String article = distinct.get(i);
      articles.add(article);
      bytes += article.getBytes(StandardCharsets.UTF_8).length;
    }
    return new CorpusText(articles, bytes, source);
  }

  /** The bodies of the corpus articles; empty when the directory holds none. */
  private static List<String> corpusArticles(Path directory) {
    List<String> articles = new ArrayList<>();
    for (Path seed : textFiles(directory.resolve("seeds"))) {
      articles.add(seedBody(read(seed)));
    }
    for (Path article : textFiles(directory.resolve("dev").resolve("articles"))) {
      articles.add(devBody(read(article)));
    }
    articles.removeIf(String::isEmpty);
    return articles;
  }

  private static List<Path> textFiles(Path directory) {
    if (!Files.isDirectory(directory)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(directory)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list " + directory, e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file).replace("\r\n", "\n");
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
  }

  /** A seed starts with " date YYYY-MM-DD" and the article goes on on the same line. */
  private static String seedBody(String file) {
    String text = file.stripLeading();
    return text.startsWith("date ") ? text.substring(SEED_DATE_PREFIX.length()).strip() : text.strip();
  }

  /** A development file has "source:", "date:" and "lang:" lines and a blank line before the text. */
  private static String devBody(String file) {
    int blank = file.indexOf("\n\n");
    return (blank < 0 ? file : file.substring(blank + 2)).strip();
  }

  /** The articles written for the benchmark, for a clone without the corpus. */
  static List<String> fallbackArticles() {
    try (InputStream in = CorpusText.class.getResourceAsStream(FALLBACK_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(FALLBACK_RESOURCE + " is missing from the classpath");
      }
      String all = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
      return Arrays.stream(all.split("\n" + FALLBACK_ARTICLE_END + "\n"))
          .map(String::strip).filter(a -> !a.isEmpty()).toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + FALLBACK_RESOURCE, e);
    }
  }

  /** The articles the text is made of, in order. */
  public List<String> articles() {
    return articles;
  }

  /** The length of all the articles in UTF-8, what throughput is counted in. */
  public long utf8Bytes() {
    return utf8Bytes;
  }

  /** Where the text came from, for the report. */
  public String source() {
    return source;
  }
}
