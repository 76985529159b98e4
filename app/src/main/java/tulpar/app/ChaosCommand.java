package tulpar.app;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tulpar.app.chaos.FaultHarness;

@Command(name = "chaos", mixinStandardHelpOptions = true, showDefaultValues = true,
    description = {"Fault harness: runs broker, streams and alerts as processes of their own, drives articles with"
        + " known expected alerts through them to a local webhook receiver while it fails the receiver, kills"
        + " alerts and streams with SIGKILL, restarts the broker and feeds poison records; then checks that every"
        + " expected alert arrived at least once, repeats under one webhook-id, and nothing else.",
        "Prints its progress on standard error and one JSON line on standard output; exit code 0 when nothing was"
            + " lost or unexpected, 1 otherwise."})
final class ChaosCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--articles", paramLabel = "N", defaultValue = "100",
      description = "Articles to publish, each causing one alert (every fifth also has a copy that must not).")
  int articles;

  @Option(names = "--work-dir", paramLabel = "DIR",
      description = "Where the processes keep their data and logs (default: a new temporary directory).")
  Path workDir;

  @Option(names = "--settle-timeout", paramLabel = "DURATION", defaultValue = "3m",
      converter = DurationConverter.class,
      description = "How long to wait, after the last fault, for every expected alert.")
  Duration settleTimeout;

  @Override
  public Integer call() throws Exception {
    if (articles < 5) {
      throw new BadInputException("--articles must be at least 5: one per fault.");
    }
    Path dir = workDir != null ? Files.createDirectories(workDir) : Files.createTempDirectory("tulpar-chaos");
    PrintWriter err = spec.commandLine().getErr();
    ObjectNode report = new FaultHarness(new FaultHarness.Plan(articles, dir, settleTimeout), err).run();
    spec.commandLine().getOut().println(report);
    spec.commandLine().getOut().flush();
    err.printf("%d expected alerts: %d delivered, %d lost, %d unexpected, %d redelivered (same webhook-id: %s),"
            + " %d answered 503, %d poison records; logs in %s%n",
        report.path("expectedAlerts").asInt(), report.path("delivered").asInt(), report.path("lost").asInt(),
        report.path("unexpected").asInt(), report.path("redelivered").asInt(),
        report.path("webhookIdConflicts").asInt() == 0 ? "yes" : "NO", report.path("refused503").asInt(),
        report.path("poisonRecords").asInt(), report.path("logs").asText());
    return report.path("passed").asBoolean() ? 0 : 1;
  }
}
