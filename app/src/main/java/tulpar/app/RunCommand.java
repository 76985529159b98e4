package tulpar.app;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "run", mixinStandardHelpOptions = true, showDefaultValues = true,
    description = {"Runs all of Tulpar in one process: a real Kafka broker (unless --bootstrap-servers is given),"
        + " ingest from the watched directory, the enrichment topology, alerts and the HTTP API.",
        "Ctrl-C or SIGTERM stops it cleanly; the next run carries on from the data directory."})
final class RunCommand implements Callable<Integer> {

  private static final Logger log = LoggerFactory.getLogger(RunCommand.class);
  private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

  @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = "data",
      description = "Broker data and service state. The broker's address is written to DIR/bootstrap.servers.")
  Path dataDir;

  @Option(names = "--watch", paramLabel = "DIR", defaultValue = "inbox",
      description = "Directory watched for article files; created if missing.")
  Path watchDir;

  @Option(names = "--broker-port", paramLabel = "N", defaultValue = "9092",
      description = "Port of the embedded broker; 0 picks a free one.")
  int brokerPort;

  @Mixin
  FeedOptions feeds;

  @Mixin
  KafkaOptions kafka;

  @Mixin
  TopicOptions topics;

  @Mixin
  HttpOptions http;

  @Mixin
  DeliveryOptions delivery;

  @Mixin
  StreamsOptions streams;

  @Override
  public Integer call() throws InterruptedException {
    AllInOne.Settings settings = new AllInOne.Settings(dataDir, watchDir, feeds.subscriptions(), brokerPort, kafka.bootstrapServers(),
        kafka.kafkaConfig(), topics.topics(), http.httpPort, http.apiToken(), delivery.delivery(),
        streams.duplicateWindow());
    try (Lifecycle lifecycle = new Lifecycle()) {
      AllInOne tulpar = lifecycle.add(AllInOne.start(settings));
      if (tulpar.awaitHealthy(READY_TIMEOUT)) {
        log.info("Tulpar is running: API http://localhost:{}/api/v1, health http://localhost:{}/health, "
            + "articles from {}, Kafka at {}. Ctrl-C stops it.", tulpar.httpPort(), tulpar.httpPort(),
            watchDir.toAbsolutePath(), tulpar.kafka().bootstrapServers());
      }
      lifecycle.awaitShutdown();
    }
    return 0;
  }
}
