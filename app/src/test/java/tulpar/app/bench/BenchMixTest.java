package tulpar.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tulpar.schemas.Article;
import tulpar.schemas.TrustedClasses;
import tulpar.streams.duplicates.DuplicateDetector;
import tulpar.streams.duplicates.TextSignature;
import tulpar.streams.tagging.ArticleTagger;

/** The mix, from the articles bundled for the bench (the corpus is not needed). */
class BenchMixTest {

  private static final ArticleTagger TAGGER = ArticleTagger.standard();
  private static CorpusTemplates.Loaded bundled;

  @BeforeAll
  static void loadBundled() {
    TrustedClasses.install();
    bundled = CorpusTemplates.load(Path.of("no-corpus-here"), TAGGER);
  }

  @Test
  void theBundledArticlesGiveEventAndBackgroundTemplates() {
    assertThat(bundled.text()).startsWith("bundled: 7 short articles");
    assertThat(bundled.events()).extracting(Template::name)
        .containsExactlyInAnyOrder("agreement-transit.txt", "agreement-energy.txt", "summit-ots.txt");
    assertThat(bundled.background()).hasSize(4);
  }

  @Test
  void sharesComeOutRoughlyAsAskedAndTheSameSeedGivesTheSameArticles() {
    List<BenchArticle> mix = new CorpusMix(bundled, new CorpusMix.Shares(0.2, 0.1), 1, "t").next(1_000);
    Map<BenchArticle.Kind, Integer> kinds = new HashMap<>();
    mix.forEach(a -> kinds.merge(a.kind(), 1, Integer::sum));
    assertThat(kinds.get(BenchArticle.Kind.EVENT)).isBetween(150, 250);
    assertThat(kinds.get(BenchArticle.Kind.EXACT_DUPLICATE) + kinds.get(BenchArticle.Kind.NEAR_DUPLICATE))
        .isBetween(60, 140);
    assertThat(new CorpusMix(bundled, new CorpusMix.Shares(0.2, 0.1), 1, "t").next(50))
        .extracting(a -> a.article().getBody()).isEqualTo(mix.subList(0, 50).stream()
            .map(a -> a.article().getBody()).toList());
  }

  @Test
  void variedCopiesOfOneArticleAreNotNearDuplicatesButSyndicatedCopiesAre() {
    assertVariedCopiesAreNotNearDuplicates(bundled, 0.05);
  }

  @Test
  void variedCopiesOfCorpusArticlesAreNotNearDuplicates() {
    Path corpus = Path.of(System.getProperty("tulpar.corpus.dir", "../shared/corpus"));
    Assumptions.assumeTrue(!CorpusTemplates.corpusFiles(corpus).isEmpty(), "no corpus at " + corpus);
    assertVariedCopiesAreNotNearDuplicates(CorpusTemplates.load(corpus, TAGGER), 0.01);
  }

  /** Few articles varied from few (the bundled ones) are more alike than many from the corpus. */
  private static void assertVariedCopiesAreNotNearDuplicates(CorpusTemplates.Loaded templates, double maxShare) {
    List<BenchArticle> mix = new CorpusMix(templates, new CorpusMix.Shares(0.3, 0.2), 3, "t").next(400);
    List<Article> varied = mix.stream().filter(a -> a.kind() == BenchArticle.Kind.EVENT
        || a.kind() == BenchArticle.Kind.BACKGROUND).map(BenchArticle::article).toList();
    List<TextSignature> signatures = varied.stream().map(a -> TextSignature.of(a.getBody()))
        .flatMap(Optional::stream).toList();
    int pairs = 0;
    int alike = 0;
    for (int i = 0; i < signatures.size(); i++) {
      for (int j = i + 1; j < signatures.size(); j++) {
        pairs++;
        if (signatures.get(i).similarity(signatures.get(j)) >= DuplicateDetector.COPY_SIMILARITY) {
          alike++;
        }
      }
    }
    assertThat(pairs).isGreaterThan(10_000);
    assertThat((double) alike / pairs).as("share of varied pairs alike enough to be copies").isLessThan(maxShare);

    Map<String, Article> byId = new HashMap<>();
    mix.forEach(a -> byId.putIfAbsent(a.article().getId(), a.article()));
    List<BenchArticle> copies = mix.stream().filter(a -> a.kind() == BenchArticle.Kind.NEAR_DUPLICATE).toList();
    assertThat(copies).isNotEmpty();
    for (BenchArticle copy : copies) {
      Optional<TextSignature> signature = TextSignature.of(copy.article().getBody());
      double best = mix.stream().map(BenchArticle::article).filter(v -> v != copy.article())
          .mapToDouble(v -> TextSignature.of(v.getBody()).map(s -> s.similarity(signature.orElseThrow())).orElse(0.0))
          .max().orElse(0);
      assertThat(best).as("a syndicated copy is alike its original").isGreaterThanOrEqualTo(DuplicateDetector.COPY_SIMILARITY);
    }
  }

  @Test
  void eventArticlesOweAlertsForTheirNewEvents() {
    ExpectedAlerts expected = new ExpectedAlerts(TAGGER);
    CorpusMix mix = new CorpusMix(bundled, new CorpusMix.Shares(0.5, 0.0), 5, "t");
    int first = expected.add(mix.next(100));
    int second = expected.add(mix.next(100));
    assertThat(expected.of(first)).isNotEmpty();
    assertThat(expected.of(second)).isNotEmpty().doesNotContainAnyElementsOf(expected.of(first));
    assertThat(expected.of(first)).allMatch(id -> id.startsWith("evt-"));
  }
}
