package tulpar.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tulpar.ingest.backfill.BackfillSummary;
import tulpar.ingest.backfill.DirectoryBackfill;
import tulpar.ingest.backfill.ProgressLine;
import tulpar.servicekit.KafkaSettings;
import tulpar.servicekit.Service;
import tulpar.servicekit.TopicProvisioner;

@Command(name = "ingest", mixinStandardHelpOptions = true, showDefaultValues = true,
    description = {"Runs ingest alone: publishes article files from the watched directory, feed items and articles"
        + " POSTed to /api/v1/articles to tulpar.articles.raw.",
        "With --dir DIR --once it backfills an archive instead: every file under DIR once, with progress, then a"
            + " summary of accepted, duplicate and rejected files."})
final class IngestCommand extends SingleServiceCommand {

  @Option(names = "--watch", paramLabel = "DIR", defaultValue = "inbox",
      description = "Directory watched for article files; created if missing.")
  Path watchDir;

  @Option(names = "--dir", paramLabel = "DIR", description = "With --once: the archive to backfill (recursively).")
  Path backfillDir;

  @Option(names = "--once", description = "Backfill --dir and exit instead of running the service.")
  boolean once;

  @Mixin
  FeedOptions feeds;

  @Override
  public Integer call() throws InterruptedException {
    if (!once) {
      return super.call();
    }
    if (backfillDir == null || !Files.isDirectory(backfillDir)) {
      throw new BadInputException("--once needs --dir DIR, a directory of article files.");
    }
    KafkaSettings settings = kafka.settingsOrDefault();
    AllInOne.Topics layout = topics.topics();
    TopicProvisioner.ensureTopics(settings, layout.partitions(), layout.replicationFactor(), Duration.ofSeconds(60));
    try (DirectoryBackfill backfill = new DirectoryBackfill(Services.ingestConfig(settings, watchDir, dataDir,
        List.of()))) {
      BackfillSummary summary = backfill.run(backfillDir, ProgressLine.on(System.err));
      spec.commandLine().getOut().println(summary.describe());
      return summary.complete() ? 0 : 1;
    } catch (IOException e) {
      throw new IllegalStateException("Backfill of " + backfillDir + " failed: " + e.getMessage(), e);
    }
  }

  @Override
  Service service(KafkaSettings kafka) {
    return Services.ingest(kafka, watchDir, dataDir, feeds.subscriptions());
  }
}
