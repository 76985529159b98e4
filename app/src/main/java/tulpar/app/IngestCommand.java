package tulpar.app;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tulpar.servicekit.KafkaSettings;
import tulpar.servicekit.Service;

@Command(name = "ingest", mixinStandardHelpOptions = true, showDefaultValues = true,
    description = "Runs ingest alone: publishes article files from the watched directory, and articles POSTed"
        + " to /api/v1/articles, to tulpar.articles.raw.")
final class IngestCommand extends SingleServiceCommand {

  @Option(names = "--watch", paramLabel = "DIR", defaultValue = "inbox",
      description = "Directory watched for article files; created if missing.")
  Path watchDir;

  @Override
  Service service(KafkaSettings kafka) {
    return Services.ingest(kafka, watchDir, dataDir);
  }
}
