package tulpar.alerts;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import tulpar.servicekit.Durations;
import tulpar.servicekit.KafkaSettings;

/**
 * Everything the alert service can be told. Invalid values are reported together, each naming its setting.
 *
 * @param kafka               the Kafka clients' settings
 * @param allowPrivateTargets allow webhook targets on loopback, private, link-local and multicast addresses
 *                            (default false: they are refused, see SSRF in alerts/README.md)
 * @param retrySchedule       the delay before each delivery attempt; its length is the number of attempts
 *                            (default 0s,5s,5m,30m,2h,5h,10h,10h)
 * @param retryJitter         each delay is spread by up to this fraction either way (default 0.2)
 * @param connectTimeout      how long a webhook connection may take (default 5 s)
 * @param requestTimeout      how long a webhook request may take, response included (default 10 s)
 * @param deliveryThreads     attempts made at the same time, at most one per subscription (default 8)
 * @param maxUnfinishedAlerts alerts under way (sending or waiting for a retry) before consumption pauses
 *                            (default 10000)
 */
public record AlertsConfig(KafkaSettings kafka, boolean allowPrivateTargets, List<Duration> retrySchedule,
                           double retryJitter, Duration connectTimeout, Duration requestTimeout,
                           int deliveryThreads, int maxUnfinishedAlerts) {

  public static final String DEFAULT_RETRY_SCHEDULE = "0s,5s,5m,30m,2h,5h,10h,10h";

  public AlertsConfig {
    Objects.requireNonNull(kafka, "kafka");
    retrySchedule = List.copyOf(Objects.requireNonNull(retrySchedule, "retrySchedule"));
    List<String> problems = new ArrayList<>();
    if (retrySchedule.isEmpty() || retrySchedule.stream().anyMatch(Duration::isNegative)) {
      problems.add(invalid("retrySchedule", retrySchedule, "must list at least one delay, none negative"));
    }
    if (!(retryJitter >= 0 && retryJitter <= 1)) {
      problems.add(invalid("retryJitter", retryJitter, "must be between 0 and 1"));
    }
    if (connectTimeout == null || connectTimeout.isNegative() || connectTimeout.isZero()) {
      problems.add(invalid("connectTimeout", connectTimeout, "must be positive"));
    }
    if (requestTimeout == null || requestTimeout.isNegative() || requestTimeout.isZero()) {
      problems.add(invalid("requestTimeout", requestTimeout, "must be positive"));
    }
    if (deliveryThreads < 1) {
      problems.add(invalid("deliveryThreads", deliveryThreads, "must be at least 1"));
    }
    if (maxUnfinishedAlerts < 1) {
      problems.add(invalid("maxUnfinishedAlerts", maxUnfinishedAlerts, "must be at least 1"));
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join("; ", problems));
    }
  }

  public static AlertsConfig defaults(KafkaSettings kafka) {
    return new AlertsConfig(kafka, false, Durations.parseList(DEFAULT_RETRY_SCHEDULE), 0.2, Duration.ofSeconds(5),
        Duration.ofSeconds(10), 8, 10_000);
  }

  public AlertsConfig withAllowPrivateTargets(boolean allow) {
    return new AlertsConfig(kafka, allow, retrySchedule, retryJitter, connectTimeout, requestTimeout,
        deliveryThreads, maxUnfinishedAlerts);
  }

  public AlertsConfig withRetrySchedule(List<Duration> schedule) {
    return new AlertsConfig(kafka, allowPrivateTargets, schedule, retryJitter, connectTimeout, requestTimeout,
        deliveryThreads, maxUnfinishedAlerts);
  }

  private static String invalid(String name, Object value, String why) {
    return "The '" + name + "' value " + value + " is invalid: " + why;
  }
}
