package tulpar.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tulpar.schemas.Article;
import tulpar.schemas.EnrichedArticle;
import tulpar.streams.lexicon.Gazetteer;
import tulpar.streams.tagging.ArticleTagger;

/** What the benchmark measures must be real work: matches found, articles tagged, the text built as described. */
class BenchSanityTest {

  private static final Gazetteer GAZETTEER = Gazetteer.standard();

  /** The articles written for the benchmark, one in each language, once each. */
  private static String fallbackText() {
    return String.join("\n\n", CorpusText.fallbackArticles());
  }

  @Test
  void shouldFindTermsWithBothMatchers() {
    String text = fallbackText();
    LibraryMatcher library = new LibraryMatcher(GAZETTEER.surfaceTerms());

    assertThat(GAZETTEER.surfaceTerms()).hasSizeGreaterThan(1_000);
    assertThat(GAZETTEER.countMatches(text)).isGreaterThan(20);
    assertThat(library.lowerCaseAndCount(text)).isGreaterThan(20);
  }

  @Test
  void shouldTagTheBenchmarkArticles() {
    Article article = Article.newBuilder().setId("sanity").setTitle("").setBody(fallbackText())
        .setSource("bench").setPublishedAt(Instant.parse("2026-02-01T00:00:00Z"))
        .setReceivedAt(Instant.parse("2026-02-01T00:00:00Z")).build();

    EnrichedArticle enriched = ArticleTagger.standard().tag(article);

    assertThat(enriched.getCountries()).isNotEmpty();
  }

  @Test
  void shouldRepeatTheCorpusArticlesToTheRequestedSize(@TempDir Path corpus) throws IOException {
    Files.createDirectories(corpus.resolve("seeds"));
    Files.createDirectories(corpus.resolve("dev/articles"));
    Files.writeString(corpus.resolve("seeds/000_a.txt"), " date 2026-02-01 Ankara hosted the talks.\n\nMore.");
    Files.writeString(corpus.resolve("dev/articles/001.txt"),
        "source: https://news.example/1\ndate: unknown\nlang: tr\n\nTürkiye ve Kazakistan görüştü.\n");

    CorpusText text = CorpusText.ofSize(corpus, 1_000);

    assertThat(text.articles().subList(0, 3)).containsExactly("Ankara hosted the talks.\n\nMore.",
        "Türkiye ve Kazakistan görüştü.", "Ankara hosted the talks.\n\nMore.");
    assertThat(text.utf8Bytes()).isGreaterThanOrEqualTo(1_000)
        .isEqualTo(String.join("", text.articles()).getBytes(StandardCharsets.UTF_8).length);
    assertThat(text.articles()).isEqualTo(CorpusText.ofSize(corpus, 1_000).articles());
  }

  @Test
  void shouldFallBackToTheArticlesWrittenForTheBenchmark(@TempDir Path noCorpus) {
    CorpusText text = CorpusText.ofSize(noCorpus, 20_000);

    assertThat(CorpusText.fallbackArticles()).hasSize(6);
    assertThat(text.articles()).containsAll(CorpusText.fallbackArticles());
    assertThat(text.source()).startsWith("the fallback articles");
  }
}
