package tulpar.app;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import tulpar.servicekit.KafkaSettings;
import tulpar.servicekit.Service;

@Command(name = "alerts", mixinStandardHelpOptions = true, showDefaultValues = true,
    description = "Runs the alert service alone: the subscriptions API, matching and delivery.")
final class AlertsCommand extends SingleServiceCommand {

  @Mixin
  DeliveryOptions delivery;

  @Override
  Service service(KafkaSettings kafka) {
    return Services.alerts(kafka, delivery.delivery());
  }
}
