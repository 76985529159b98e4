package tulpar.app.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import tulpar.servicekit.KafkaSettings;
import tulpar.streams.tagging.ArticleTagger;

/**
 * {@code tulpar bench} once Tulpar runs: the raw Kafka probe, then the pipeline's throughput and alert latency
 * on the same broker, in one JSON line. The launcher starts Tulpar (timing its start) and calls this.
 */
public final class Bench {

  /** Everything the command line sets. */
  public record Options(int articles, double rate, int latencySeconds, int rawRecords, int rawRecordBytes,
                        int partitions, short replicationFactor, Path corpusDir, long seed, Duration timeout, double eventShare,
                        double duplicateShare) {
    public Options {
      if (articles < 1 || rate <= 0 || latencySeconds < 1 || rawRecords < 1 || rawRecordBytes < 1) {
        throw new IllegalArgumentException("--articles, --rate, --latency-seconds, --raw-records and"
            + " --raw-record-bytes must be positive");
      }
      new CorpusMix.Shares(eventShare, duplicateShare);
    }
  }

  private final Options options;
  private final BenchResult result;
  private final long started = System.nanoTime();

  /** Notes the machine and its load before anything starts. */
  public Bench(Options options, String version) {
    this.options = options;
    this.result = new BenchResult(version, BenchResult.loadAverage());
  }

  /** Runs every measurement against the Tulpar at {@code kafka} and {@code httpPort}; the JSON line. */
  public String run(KafkaSettings kafka, int httpPort, double startupMillis, boolean embeddedBroker) throws Exception {
    ArticleTagger tagger = ArticleTagger.standard();
    CorpusTemplates.Loaded templates = CorpusTemplates.load(options.corpusDir(), tagger);
    String runId = UUID.randomUUID().toString().substring(0, 8);

    Map<String, Object> settings = new LinkedHashMap<>();
    settings.put("broker", embeddedBroker ? "embedded" : kafka.bootstrapServers());
    settings.put("processingGuarantee", "exactly_once_v2");
    settings.put("partitions", options.partitions());
    settings.put("replicationFactor", options.replicationFactor());
    settings.put("articles", options.articles());
    settings.put("rate", options.rate());
    settings.put("latencySeconds", options.latencySeconds());
    settings.put("eventShare", options.eventShare());
    settings.put("duplicateShare", options.duplicateShare());
    settings.put("seed", options.seed());
    settings.put("text", templates.text());
    settings.put("ingest", "articles built by ingest's normaliser, published to tulpar.articles.raw by ingest's"
        + " ArticlePublisher (not over HTTP)");
    result.settings(settings);
    result.startup(startupMillis);

    String text = templates.background().stream().flatMap(t -> t.sentences().stream())
        .collect(Collectors.joining(" "));
    RawKafkaProbe.Result raw = RawKafkaProbe.run(kafka, runId, options.rawRecords(), options.rawRecordBytes(),
        options.partitions(), options.replicationFactor(), text);
    result.rawKafka(raw);

    PipelineBench pipeline = new PipelineBench(kafka, httpPort, new PipelineBench.Options(options.articles(),
        options.rate(), options.latencySeconds(), new CorpusMix.Shares(options.eventShare(), options.duplicateShare()),
        options.seed(), options.timeout()), templates, new ExpectedAlerts(tagger));
    result.pipeline(pipeline.run(runId), raw);
    return finish();
  }

  private String finish() {
    result.finish(BenchResult.loadAverage(), (System.nanoTime() - started) / 1e9);
    return result.toJsonLine();
  }
}
