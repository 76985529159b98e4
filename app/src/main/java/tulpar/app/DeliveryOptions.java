package tulpar.app;

import java.time.Duration;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tulpar.servicekit.Durations;

/** How alerts are delivered. */
final class DeliveryOptions {

  @Option(names = "--allow-private-targets",
      description = "Allow webhook targets on loopback, private, link-local and multicast addresses"
          + " (refused by default to prevent server-side request forgery).")
  boolean allowPrivateTargets;

  @Option(names = "--retry-schedule", paramLabel = "DELAYS", defaultValue = "0s,5s,5m,30m,2h,5h,10h,10h",
      description = "Delay before each delivery attempt; its length is the number of attempts.")
  String retrySchedule;

  @Mixin
  MailOptions mail;

  Services.Delivery delivery() {
    return new Services.Delivery(allowPrivateTargets, retrySchedule(), mail.smtp(), mail.publicUrl);
  }

  List<Duration> retrySchedule() {
    try {
      return Durations.parseList(retrySchedule);
    } catch (IllegalArgumentException e) {
      throw new BadInputException("--retry-schedule: " + e.getMessage());
    }
  }
}
