package tulpar.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tulpar.app.bench.Bench;

@Command(name = "bench", mixinStandardHelpOptions = true, showDefaultValues = true,
    description = {"Measures Tulpar on this machine and prints one JSON line: the start of 'run' to healthy, raw"
        + " Kafka produce and consume of article-sized records (the ceiling), the whole pipeline (ingest, streams,"
        + " events, alerts, a local webhook receiver) in articles/s and as a share of raw Kafka, and alert latency"
        + " from publish to webhook receipt at a fixed rate.",
        "Runs its own Tulpar, as 'run' does, on an embedded broker in a temporary directory unless"
            + " --bootstrap-servers is given (use a fresh cluster: events already there do not alert again)."
            + " Progress goes to standard error."})
final class BenchCommand implements Callable<Integer> {

  private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);

  @Option(names = "--articles", paramLabel = "N", defaultValue = "20000",
      description = "Articles of the throughput run.")
  int articles;

  @Option(names = "--rate", paramLabel = "R", defaultValue = "500",
      description = "Articles per second offered while alert latency is measured.")
  double rate;

  @Option(names = "--latency-seconds", paramLabel = "S", defaultValue = "20",
      description = "How long articles are offered at --rate.")
  int latencySeconds;

  @Option(names = "--raw-records", paramLabel = "N", defaultValue = "50000",
      description = "Records of the raw Kafka probe.")
  int rawRecords;

  @Option(names = "--raw-record-bytes", paramLabel = "BYTES", defaultValue = "3072",
      description = "Size of each record of the raw Kafka probe (a typical article).")
  int rawRecordBytes;

  @Option(names = "--corpus", paramLabel = "DIR",
      description = "The news corpus the mix is made from (seeds/ and dev/articles/); default: the system property"
          + " tulpar.corpus.dir, else ../shared/corpus. Without one, short articles bundled for the bench.")
  Path corpus;

  @Option(names = "--event-share", paramLabel = "SHARE", defaultValue = "0.1",
      description = "Share of the mix that reports agreements or summits.")
  double eventShare;

  @Option(names = "--duplicate-share", paramLabel = "SHARE", defaultValue = "0.1",
      description = "Share of the mix that repeats an earlier article (half exact, half a copy on another site).")
  double duplicateShare;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "7", description = "Seed of the mix.")
  long seed;

  @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "180s", converter = DurationConverter.class,
      description = "How long each measured batch may take before it is reported as incomplete.")
  Duration timeout;

  @Option(names = "--data-dir", paramLabel = "DIR",
      description = "Broker data and service state, kept afterwards; default a temporary directory, deleted.")
  Path dataDir;

  @Mixin
  KafkaOptions kafka;

  @Mixin
  TopicOptions topics;

  @Override
  public Integer call() throws Exception {
    Bench bench;
    try {
      bench = new Bench(new Bench.Options(articles, rate, latencySeconds, rawRecords, rawRecordBytes,
          topics.topics().partitions(), topics.topics().replicationFactor(), corpusDir(), seed, timeout, eventShare, duplicateShare),
          TulparVersion.class.getPackage().getImplementationVersion());
    } catch (IllegalArgumentException e) {
      throw new BadInputException(e.getMessage());
    }
    Path dir = dataDir != null ? dataDir : Files.createTempDirectory("tulpar-bench");
    try {
      AllInOne.Settings settings = new AllInOne.Settings(dir.resolve("data"), dir.resolve("inbox"), List.of(), 0,
          kafka.bootstrapServers(), kafka.kafkaConfig(), topics.topics(), 0, Optional.empty(),
          new Services.Delivery(true, List.of(Duration.ZERO, Duration.ofSeconds(1), Duration.ofSeconds(5)),
              Optional.empty(), URI.create("http://localhost")), Duration.ofDays(7));
      long start = System.nanoTime();
      try (AllInOne tulpar = AllInOne.start(settings)) {
        if (!tulpar.awaitHealthy(READY_TIMEOUT)) {
          throw new IllegalStateException("Tulpar did not become healthy within " + READY_TIMEOUT);
        }
        double startupMillis = (System.nanoTime() - start) / 1e6;
        String line = bench.run(tulpar.kafka(), tulpar.httpPort(), startupMillis,
            kafka.bootstrapServers().isEmpty());
        System.out.println(line);
        System.out.flush();
      }
    } finally {
      if (dataDir == null) {
        deleteQuietly(dir);
      }
    }
    return 0;
  }

  private Path corpusDir() {
    return corpus != null ? corpus : Path.of(System.getProperty("tulpar.corpus.dir", "../shared/corpus"));
  }

  private static void deleteQuietly(Path dir) {
    try (Stream<Path> all = Files.walk(dir)) {
      all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | UncheckedIOException e) {
      // A temporary directory: the system cleans it up in the end.
    }
  }
}
