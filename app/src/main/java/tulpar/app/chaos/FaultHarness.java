package tulpar.app.chaos;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import tulpar.servicekit.Json;
import tulpar.servicekit.KafkaSettings;

/**
 * Drives articles with known expected alerts through the real pipeline — broker, streams and alerts each in a
 * process of its own, as in the distributed layout — while it breaks things, in this order: the webhook receiver
 * fails (503) for a while; the alert service is killed with SIGKILL while the receiver is slow and deliveries
 * are in flight, and restarted; the streams service is killed with SIGKILL while it processes, and restarted;
 * the broker is stopped and restarted; poison records go to the raw and the events topics throughout. Then it
 * waits for the subscriber to have everything and gives a {@link DeliveryVerdict}.
 */
public final class FaultHarness {

  /** How a run is sized. */
  public record Plan(int articles, Path workDir, Duration settleTimeout) {}

  private static final int BATCHES = 5;

  private final Plan plan;
  private final PrintWriter progress;
  private final ArrayNode faults = Json.MAPPER.createArrayNode();
  private final long startedAt = System.nanoTime();

  public FaultHarness(Plan plan, PrintWriter progress) {
    this.plan = plan;
    this.progress = progress;
  }

  /** Runs the plan; the JSON report says whether every expected alert arrived, once or more, and nothing else. */
  public ObjectNode run() throws Exception {
    Path logs = Files.createDirectories(plan.workDir().resolve("logs"));
    int brokerPort = PipelineProbes.freePort();
    int streamsPort = PipelineProbes.freePort();
    int alertsPort = PipelineProbes.freePort();
    String bootstrap = "localhost:" + brokerPort;
    // Seconds, not Kafka's 45 s default, to notice a killed member: this harness kills on purpose.
    Path clientConfig = Files.writeString(plan.workDir().resolve("client.properties"),
        "session.timeout.ms=6000\nheartbeat.interval.ms=1000\n");
    List<String> kafka = List.of("--bootstrap-servers", bootstrap, "--kafka-config", clientConfig.toString(),
        "--partitions", "2");
    ServiceProcess broker = new ServiceProcess("broker", List.of("broker", "--data-dir",
        plan.workDir().resolve("broker").toString(), "--broker-port", String.valueOf(brokerPort),
        "--partitions", "2"), logs);
    ServiceProcess streams = new ServiceProcess("streams", concat(List.of("streams", "--data-dir",
        plan.workDir().resolve("streams").toString(), "--http-port", String.valueOf(streamsPort)), kafka), logs);
    ServiceProcess alerts = new ServiceProcess("alerts", concat(List.of("alerts", "--data-dir",
        plan.workDir().resolve("alerts").toString(), "--http-port", String.valueOf(alertsPort),
        "--allow-private-targets", "--retry-schedule", "0s,1s,2s,3s,3s,3s,3s,3s,3s,3s"), kafka), logs);
    List<ServiceProcess> all = List.of(alerts, streams, broker);
    KafkaSettings settings = KafkaSettings.of(bootstrap);
    Set<String> expected = IntStream.rangeClosed(1, plan.articles()).mapToObj(ChaosArticles::eventName)
        .collect(Collectors.toSet());
    try (FlakyReceiver receiver = FlakyReceiver.start()) {
      broker.start();
      PipelineProbes.awaitBroker(settings);
      streams.start();
      alerts.start();
      PipelineProbes.awaitHealthy(streamsPort, "streams");
      PipelineProbes.awaitHealthy(alertsPort, "alerts");
      PipelineProbes.subscribe(alertsPort, receiver.url());
      say("pipeline up after %.1f s; %d articles in %d batches", seconds(), plan.articles(), BATCHES);

      try (ChaosArticles articles = new ChaosArticles(settings, "chaos-" + UUID.randomUUID().toString()
          .substring(0, 8))) {
        int[] bounds = IntStream.rangeClosed(0, BATCHES).map(b -> b * plan.articles() / BATCHES).toArray();

        fault("receiver fails with 503 for 5 s");
        receiver.mode(FlakyReceiver.Mode.FAILING);
        articles.publish(bounds[0] + 1, bounds[1]);
        articles.poison();
        Thread.sleep(5_000);
        receiver.mode(FlakyReceiver.Mode.OK);

        fault("receiver slow (" + FlakyReceiver.SLOW_MILLIS + " ms); alerts killed with SIGKILL mid-delivery");
        receiver.mode(FlakyReceiver.Mode.SLOW);
        int before = receiver.receipts().size();
        articles.publish(bounds[1] + 1, bounds[2]);
        PipelineProbes.await(Duration.ofSeconds(60), () -> receiver.receipts().size() > before, "a delivery to begin");
        alerts.kill();
        receiver.mode(FlakyReceiver.Mode.OK);
        alerts.start();
        PipelineProbes.awaitHealthy(alertsPort, "alerts");

        fault("streams killed with SIGKILL while processing");
        articles.publish(bounds[2] + 1, bounds[3]);
        articles.poison();
        Thread.sleep(500);
        streams.kill();
        streams.start();
        PipelineProbes.awaitHealthy(streamsPort, "streams");

        fault("broker stopped and restarted");
        articles.publish(bounds[3] + 1, bounds[4]);
        broker.stop();
        broker.start();
        PipelineProbes.awaitBroker(settings);
        articles.poison();
        articles.publish(bounds[4] + 1, bounds[5]);
        say("all articles and %d poison records published after %.1f s; waiting for the subscriber",
            articles.poisoned(), seconds());

        DeliveryVerdict verdict = awaitVerdict(expected, receiver);
        ObjectNode report = verdict.toJson();
        report.put("refused503", receiver.refused());
        report.put("poisonRecords", articles.poisoned());
        report.set("faults", faults);
        report.put("seconds", Math.round(seconds() * 10) / 10.0);
        report.put("logs", logs.toString());
        return report;
      }
    } finally {
      for (ServiceProcess process : all) {
        process.stop();
      }
    }
  }

  private DeliveryVerdict awaitVerdict(Set<String> expected, FlakyReceiver receiver) throws InterruptedException {
    long deadline = System.nanoTime() + plan.settleTimeout().toNanos();
    DeliveryVerdict verdict = DeliveryVerdict.of(expected, receiver.receipts());
    while (!verdict.missing().isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(500);
      verdict = DeliveryVerdict.of(expected, receiver.receipts());
    }
    // Whatever else is on its way (a repeat, an alert that should not be) shows up within a few seconds.
    Thread.sleep(3_000);
    return DeliveryVerdict.of(expected, receiver.receipts());
  }

  private void fault(String what) {
    ObjectNode fault = faults.addObject();
    fault.put("atSeconds", Math.round(seconds() * 10) / 10.0);
    fault.put("fault", what);
    say("%5.1f s  %s", seconds(), what);
  }

  private void say(String format, Object... args) {
    progress.println(String.format(format, args));
    progress.flush();
  }

  private double seconds() {
    return (System.nanoTime() - startedAt) / 1e9;
  }

  private static List<String> concat(List<String> first, List<String> second) {
    return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
  }
}
