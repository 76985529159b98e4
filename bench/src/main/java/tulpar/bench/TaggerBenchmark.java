package tulpar.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.Blackhole;
import tulpar.schemas.Article;
import tulpar.schemas.DateSource;
import tulpar.streams.lexicon.Gazetteer;
import tulpar.streams.tagging.ArticleTagger;

/**
 * The tagger and its references on the same text and the same lexicon, in one run. Every invocation reads the
 * whole text once, article by article as the topology gets it, on one thread, so the text's UTF-8 bytes over the
 * average time is the throughput of one core ({@link TaggerThroughput} does that arithmetic). What a benchmark
 * computes goes to a {@link Blackhole}, by return value or explicitly, so none of it can be optimised away.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Threads(1)
@Warmup(iterations = 3, time = 2, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 5, time = 2, timeUnit = TimeUnit.SECONDS)
// A fixed heap, so the collector's sizing does not drift between iterations.
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class TaggerBenchmark {

  /** Any fixed date: the tagger resolves relative dates against it, and a fixed one keeps runs identical. */
  private static final Instant PUBLISHED_AT = Instant.parse("2026-02-01T00:00:00Z");

  /** The size of the text in MB (10^6 bytes of UTF-8); the text is whole articles, so a little more. */
  @Param("8")
  public int textMegabytes;

  private List<String> texts;
  private List<String> lowerCasedTexts;
  private List<Article> articles;
  private ArticleTagger tagger;
  private Gazetteer gazetteer;
  private LibraryMatcher library;

  /**
   * How long the tagger runs over the text before its first warm-up iteration, in seconds. The tagger is a few
   * hundred methods, and on a busy two-core machine the JIT needs most of a minute of running to compile them;
   * until then a pass is 2-5 times slower (at 8 MB, after 20 s: 2.3 s, 2.0 s, 0.8 s, then 0.6-0.9 s per pass).
   * Without this a quick run ({@code -wi 1 -w 2s}) measured the compiler, not the tagger: 3.9 MB/s where a warm
   * tagger ran 12-16. 0 turns it off.
   */
  @Param("40")
  public int taggerJitSeconds;

  @Setup(Level.Trial)
  public void setUp(BenchmarkParams params) {
    CorpusText corpus = CorpusText.ofSize(textMegabytes * 1_000_000L);
    texts = corpus.articles();
    lowerCasedTexts = texts.stream().map(t -> t.toLowerCase(Locale.ROOT)).toList();
    articles = articles(texts);
    tagger = ArticleTagger.standard();
    gazetteer = Gazetteer.standard();
    library = new LibraryMatcher(gazetteer.surfaceTerms());
    if (params.getBenchmark().endsWith(".tagger") && taggerJitSeconds > 0) {
      long passes = warmUpTagger(taggerJitSeconds);
      System.out.printf("%n(tagger run %d times over the text in %d s before the first warm-up iteration)",
          passes, taggerJitSeconds);
    }
    // Printed so that a run's log says what it measured; the runner computes MB/s from the same text.
    System.out.printf("%ntext: %,d bytes UTF-8 in %,d articles, from %s; lexicon: %,d terms "
            + "(%,d distinct lower-cased in the library's trie)%n",
        corpus.utf8Bytes(), texts.size(), corpus.source(), gazetteer.surfaceTerms().size(), library.size());
  }

  /** Runs the tagger over the whole text, again and again, for the given time; returns the number of passes. */
  private long warmUpTagger(int seconds) {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    long passes = 0;
    int sink = 0;
    while (System.nanoTime() < end) {
      for (Article article : articles) {
        sink += tagger.tag(article).getEvents().size();
      }
      passes++;
    }
    return sink < 0 ? -passes : passes;
  }

  private static List<Article> articles(List<String> bodies) {
    List<Article> articles = new ArrayList<>(bodies.size());
    for (int i = 0; i < bodies.size(); i++) {
      articles.add(Article.newBuilder()
          .setId("bench-" + i)
          .setTitle("")
          .setBody(bodies.get(i))
          .setSource("bench")
          .setPublishedAt(PUBLISHED_AT)
          .setDateSource(DateSource.STATED)
          .setReceivedAt(PUBLISHED_AT)
          .build());
    }
    return articles;
  }

  /**
   * The whole tagger, as the topology runs it. One pass over the text takes seconds, so its iterations are
   * longer: a 2 s iteration would be a single pass, and three of them too few for the JIT to reach the tagger's
   * steady state.
   */
  @Benchmark
  @Warmup(iterations = 3, time = 10, timeUnit = TimeUnit.SECONDS)
  @Measurement(iterations = 5, time = 10, timeUnit = TimeUnit.SECONDS)
  public void tagger(Blackhole blackhole) {
    for (Article article : articles) {
      blackhole.consume(tagger.tag(article));
    }
  }

  /** The tagger's matching alone: folding and the gazetteer's one pass, nothing done with the matches. */
  @Benchmark
  public int gazetteerMatching() {
    int matches = 0;
    for (String text : texts) {
      matches += gazetteer.countMatches(text);
    }
    return matches;
  }

  /** The library, with the lower-casing it needs to match case-insensitively. */
  @Benchmark
  public int ahoCorasickLibrary() {
    int matches = 0;
    for (String text : texts) {
      matches += library.lowerCaseAndCount(text);
    }
    return matches;
  }

  /** The library on text lower-cased beforehand: its automaton pass alone. */
  @Benchmark
  public int ahoCorasickLibraryPreLowercased() {
    int matches = 0;
    for (String text : lowerCasedTexts) {
      matches += library.countMatches(text);
    }
    return matches;
  }

  /** One lower-casing pass: the floor any matcher pays to read the text once. */
  @Benchmark
  public void toLowerCase(Blackhole blackhole) {
    for (String text : texts) {
      blackhole.consume(text.toLowerCase(Locale.ROOT));
    }
  }
}
