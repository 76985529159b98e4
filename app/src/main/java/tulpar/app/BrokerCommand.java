package tulpar.app;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import tulpar.broker.EmbeddedKafkaBroker;

@Command(name = "broker", mixinStandardHelpOptions = true, showDefaultValues = true,
    description = "Runs only the embedded single-node Kafka broker, with Tulpar's topics, until Ctrl-C.")
final class BrokerCommand implements Callable<Integer> {

  @Mixin
  BrokerOptions broker;

  @Override
  public Integer call() throws Exception {
    try (Lifecycle lifecycle = new Lifecycle()) {
      EmbeddedKafkaBroker started = lifecycle.add(broker.start());
      System.err.println("Kafka broker at " + started.bootstrapServers() + "; Ctrl-C stops it.");
      lifecycle.awaitShutdown();
    }
    return 0;
  }

}
