package tulpar.app;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tulpar.servicekit.KafkaSettings;
import tulpar.servicekit.Service;
import tulpar.servicekit.TopicProvisioner;

/** One service alone against an existing cluster, with its own HTTP server for {@code GET /health} and its API. */
abstract class SingleServiceCommand implements Callable<Integer> {

  private static final Logger log = LoggerFactory.getLogger(SingleServiceCommand.class);

  @Spec
  CommandSpec spec;

  @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = "data", description = "Service state.")
  Path dataDir;

  @Mixin
  KafkaOptions kafka;

  @Mixin
  TopicOptions topics;

  @Mixin
  HttpOptions http;

  abstract Service service(KafkaSettings kafka);

  @Override
  public Integer call() throws InterruptedException {
    KafkaSettings settings = kafka.settingsOrDefault();
    AllInOne.Topics layout = topics.topics();
    // Built first, so that a bad option fails at once rather than after a minute of waiting for the cluster.
    Service service = service(settings);
    TopicProvisioner.ensureTopics(settings, layout.partitions(), layout.replicationFactor(), Duration.ofSeconds(60));
    try (Lifecycle lifecycle = new Lifecycle()) {
      ServiceHost host = lifecycle.add(ServiceHost.start(http.httpPort, http.apiToken(), List.of(service)));
      if (host.awaitHealthy(Duration.ofSeconds(60))) {
        log.info("Running against {}; health at http://localhost:{}/health. Ctrl-C stops it.",
            settings.bootstrapServers(), host.httpPort());
      }
      lifecycle.awaitShutdown();
    }
    return 0;
  }
}
