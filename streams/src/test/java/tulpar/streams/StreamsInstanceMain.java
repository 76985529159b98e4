package tulpar.streams;

import java.nio.file.Path;
import java.time.Duration;
import tulpar.schemas.TrustedClasses;
import tulpar.servicekit.KafkaSettings;

/**
 * A streams instance in a process of its own, for tests that kill it with SIGKILL: arguments are the bootstrap
 * servers, the application id, the state directory and a Kafka client config file. Prints {@code UP} once
 * running, then runs until killed.
 */
public final class StreamsInstanceMain {

  private StreamsInstanceMain() {}

  public static void main(String[] args) throws InterruptedException {
    TrustedClasses.install();
    KafkaSettings kafka = KafkaSettings.of(args[0]).withConfigFile(Path.of(args[3]));
    StreamsService service = new StreamsService(new StreamsServiceConfig(kafka, Path.of(args[2]), args[1],
        StreamsServiceConfig.DEFAULT_COMMIT_INTERVAL, StreamsServiceConfig.DEFAULT_DUPLICATE_WINDOW));
    service.start();
    while (!service.health().isUp()) {
      Thread.sleep(100);
    }
    System.out.println("UP");
    System.out.flush();
    Thread.sleep(Duration.ofHours(1).toMillis());
  }
}
