package tulpar.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import tulpar.alerts.delivery.DeadLetterReplay;

@Command(name = "replay", mixinStandardHelpOptions = true, showDefaultValues = true,
    description = {"Sends dead-lettered alerts again: every alert on tulpar.alerts.dead-letter, or the one given.",
        "Each keeps its id, so receivers that did get it can drop the repeat."})
final class ReplayCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "ALERT_ID", description = "Only this alert.")
  String alertId;

  @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = "data",
      description = "Data directory of the 'tulpar run' whose embedded broker to use.")
  Path dataDir;

  @Mixin
  KafkaOptions kafka;

  @Override
  public Integer call() throws Exception {
    String bootstrap = kafka.bootstrapServers().orElseGet(this::publishedOrDefault);
    int replayed = DeadLetterReplay.replay(KafkaOptions.settings(bootstrap, kafka.kafkaConfig()),
        Optional.ofNullable(alertId));
    spec.commandLine().getOut().println("Replayed " + replayed + " alert(s).");
    if (alertId != null && replayed == 0) {
      throw new BadInputException("No dead letter for alert " + alertId + ".");
    }
    return 0;
  }

  private String publishedOrDefault() {
    Path published = dataDir.resolve(AllInOne.BOOTSTRAP_FILE);
    try {
      return Files.isReadable(published) ? Files.readString(published).trim() : KafkaOptions.DEFAULT_BOOTSTRAP_SERVERS;
    } catch (java.io.IOException e) {
      throw new BadInputException("Cannot read " + published + ": " + e.getMessage());
    }
  }
}
