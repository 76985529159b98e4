package tulpar.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link TaggerBenchmark} and prints what issue #3 asks for: every benchmark in MB/s on one core, and its
 * ratio to the library (lower-casing included) and to a bare lower-casing pass, all from the same run. Takes
 * JMH's own options ({@code -f 1 -wi 3 -i 5 -w 2s -r 2s -p textMegabytes=8 …}); the corpus directory is the
 * system property {@code tulpar.corpus.dir} of this JVM, which the forked benchmark JVM inherits.
 */
public final class TaggerThroughput {

  private static final String LIBRARY = "ahoCorasickLibrary";
  private static final String LOWER_CASE = "toLowerCase";
  private static final List<String> ORDER = List.of("tagger", "gazetteerMatching", LIBRARY,
      "ahoCorasickLibraryPreLowercased", LOWER_CASE);
  /** The bar issue #3 sets for the tagger. */
  private static final double TAGGER_BAR_MB_PER_S = 30;
  private static final double MATCHING_BAR_RATIO = 1.5;

  /**
   * One benchmark's throughput. The error is the half-width of JMH's 99.9% interval relative to the time per
   * operation, in percent; to first order the throughput carries the same relative error.
   */
  private record Throughput(String benchmark, double millisPerOp, double mbPerSecond, double errorPercent) {}

  private TaggerThroughput() {}

  public static void main(String[] args) throws RunnerException {
    CommandLineOptions commandLine;
    try {
      commandLine = new CommandLineOptions(args);
    } catch (CommandLineOptionException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
    if (commandLine.getBenchModes().stream().anyMatch(m -> m != Mode.AverageTime && m != Mode.SingleShotTime)) {
      System.err.println("Throughput is computed from the time per operation: use -bm avgt or -bm ss");
      System.exit(2);
      return;
    }
    Collection<RunResult> results = new Runner(new OptionsBuilder().parent(commandLine)
        .include("^" + Pattern.quote(TaggerBenchmark.class.getName()) + "\\.").build()).run();
    print(results);
  }

  private static void print(Collection<RunResult> results) {
    Map<Integer, List<RunResult>> bySize = new TreeMap<>();
    for (RunResult result : results) {
      bySize.computeIfAbsent(Integer.parseInt(result.getParams().getParam("textMegabytes")),
          size -> new ArrayList<>()).add(result);
    }
    for (Map.Entry<Integer, List<RunResult>> size : bySize.entrySet()) {
      CorpusText corpus = CorpusText.ofSize(size.getKey() * 1_000_000L);
      BenchmarkParams params = size.getValue().get(0).getParams();
      out("%nIssue #3 throughput, one thread (MB = 10^6 bytes of UTF-8)%n");
      out("text: %,d bytes from %s%n", corpus.utf8Bytes(), corpus.source());
      out("JVM: %s %s (%s), %d fork(s); %d cores on this machine%n", params.getVmName(),
          params.getVmVersion(), params.getJvm(), params.getForks(), Runtime.getRuntime().availableProcessors());
      printTable(throughputs(size.getValue(), corpus.utf8Bytes()));
    }
  }

  /** By benchmark, in the order of {@link #ORDER}. */
  private static Map<String, Throughput> throughputs(List<RunResult> results, long bytes) {
    List<Throughput> all = new ArrayList<>();
    for (RunResult result : results) {
      BenchmarkParams params = result.getParams();
      String name = params.getBenchmark().substring(params.getBenchmark().lastIndexOf('.') + 1);
      Result<?> primary = result.getPrimaryResult();
      double millis = primary.getScore() * millisPer(params.getTimeUnit());
      double mbPerSecond = bytes / 1e6 / (millis / 1000);
      all.add(new Throughput(name, millis, mbPerSecond, 100 * primary.getScoreError() / primary.getScore()));
    }
    all.sort(Comparator.comparingInt(t -> rank(t.benchmark())));
    Map<String, Throughput> byName = new LinkedHashMap<>();
    all.forEach(t -> byName.put(t.benchmark(), t));
    return byName;
  }

  private static int rank(String benchmark) {
    int index = ORDER.indexOf(benchmark);
    return index < 0 ? ORDER.size() : index;
  }

  private static double millisPer(TimeUnit unit) {
    return unit.toNanos(1) / 1e6;
  }

  private static void printTable(Map<String, Throughput> throughputs) {
    Throughput library = throughputs.get(LIBRARY);
    Throughput lowerCase = throughputs.get(LOWER_CASE);
    // ASCII only: the console's encoding is not always UTF-8.
    out("%-32s %10s %9s %8s %10s %14s%n", "benchmark", "ms/op", "MB/s", "+-%", "x library", "x toLowerCase");
    for (Throughput t : throughputs.values()) {
      out("%-32s %10.1f %9.2f %8s %10s %14s%n", t.benchmark(), t.millisPerOp(), t.mbPerSecond(),
          percent(t.errorPercent()), ratio(t, library), ratio(t, lowerCase));
    }
    Throughput tagger = throughputs.get("tagger");
    Throughput matching = throughputs.get("gazetteerMatching");
    if (tagger != null) {
      out("bar: tagger >= %.0f MB/s: %s%n", TAGGER_BAR_MB_PER_S,
          tagger.mbPerSecond() >= TAGGER_BAR_MB_PER_S ? "met" : "not met");
    }
    if (matching != null && library != null) {
      out("bar: gazetteerMatching >= %.1f x ahoCorasickLibrary: %s%n", MATCHING_BAR_RATIO,
          matching.mbPerSecond() >= MATCHING_BAR_RATIO * library.mbPerSecond() ? "met" : "not met");
    }
  }

  /** Formats without the default locale, so the table reads the same on every machine. */
  private static void out(String format, Object... args) {
    System.out.print(String.format(Locale.ROOT, format, args));
  }

  /** Three significant digits, so that a ratio far below one still shows. */
  private static String ratio(Throughput t, Throughput reference) {
    return reference == null ? "n/a"
        : String.format(Locale.ROOT, "%.3g", t.mbPerSecond() / reference.mbPerSecond());
  }

  /** JMH gives no interval for a single measurement iteration. */
  private static String percent(double value) {
    return Double.isFinite(value) ? String.format(Locale.ROOT, "%.0f%%", value) : "n/a";
  }
}
