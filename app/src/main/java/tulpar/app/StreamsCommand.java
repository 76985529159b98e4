package tulpar.app;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import tulpar.servicekit.KafkaSettings;
import tulpar.servicekit.Service;

@Command(name = "streams", mixinStandardHelpOptions = true, showDefaultValues = true,
    description = "Runs the enrichment topology alone: tags articles and keeps tulpar.events. Instances with the"
        + " same topics share the partitions and take over from each other.")
final class StreamsCommand extends SingleServiceCommand {

  @Mixin
  StreamsOptions streams;

  @Override
  Service service(KafkaSettings kafka) {
    return Services.streams(kafka, dataDir, streams.duplicateWindow());
  }
}
