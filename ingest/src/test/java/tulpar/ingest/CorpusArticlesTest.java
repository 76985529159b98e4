package tulpar.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tulpar.schemas.Article;
import tulpar.schemas.DateSource;

/** Reads the shared corpus of real articles; skipped when the corpus is not beside the clone. */
class CorpusArticlesTest {

  /** After every corpus article, so none of their dates counts as the future. */
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2030-01-01T00:00:00Z"), ZoneOffset.UTC);

  private Path corpus;

  @BeforeEach
  void findCorpus() {
    String dir = System.getProperty("tulpar.corpus.dir");
    assumeTrue(dir != null && Files.isDirectory(Path.of(dir)), "corpus not found (tulpar.corpus.dir)");
    corpus = Path.of(dir);
  }

  @Test
  void seedsParseWithTheirStatedDates() throws IOException {
    List<Path> seeds = files(corpus.resolve("seeds"));
    assumeTrue(!seeds.isEmpty(), "no seed articles");

    for (Path seed : seeds) {
      Article article = accepted(seed);
      assertThat(article.getDateSource()).as(seed.toString()).isEqualTo(DateSource.STATED);
      assertThat(article.getBody()).as(seed.toString()).doesNotStartWith("date").isNotBlank();
      assertThat(article.getLanguage()).as(seed + ": detected, the seed states none").isEqualTo("en");
    }
    Path first = seeds.stream().filter(p -> p.getFileName().toString().startsWith("000_")).findFirst().orElseThrow();
    assertThat(accepted(first).getPublishedAt()).isEqualTo(Instant.parse("2026-02-03T00:00:00Z"));
  }

  @Test
  void everyDevArticleParsesWithItsHeaderFieldsAndADistinctId() throws IOException {
    List<Path> articles = files(corpus.resolve("dev/articles"));
    assumeTrue(!articles.isEmpty(), "no dev articles");
    Set<String> ids = new HashSet<>();

    for (Path file : articles) {
      List<String> header = Files.readAllLines(file, StandardCharsets.UTF_8).subList(0, 3);
      Article article = accepted(file);
      assertThat(article.getUrl()).as(file.toString()).startsWith("http");
      assertThat(article.getLanguage()).as(file.toString()).isEqualTo(value(header, "lang"));
      boolean dateKnown = !value(header, "date").equals("unknown");
      assertThat(article.getDateSource()).as(file.toString())
          .isEqualTo(dateKnown ? DateSource.STATED : DateSource.FILE_MODIFIED);
      assertThat(article.getTitle()).isEmpty();
      ids.add(article.getId());
    }
    assertThat(ids).hasSameSizeAs(articles);
  }

  private static Article accepted(Path file) {
    ParseResult result = ArticleFiles.read(file, CLOCK);
    assertThat(result).as(file.toString()).isInstanceOf(ParseResult.Accepted.class);
    return ((ParseResult.Accepted) result).article();
  }

  private static String value(List<String> header, String key) {
    return header.stream()
        .filter(line -> line.toLowerCase(Locale.ROOT).startsWith(key + ":"))
        .map(line -> line.substring(key.length() + 1).strip())
        .findFirst().orElseThrow();
  }

  private static List<Path> files(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
  }
}
