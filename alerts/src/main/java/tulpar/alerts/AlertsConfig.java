package tulpar.alerts;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import tulpar.alerts.email.SmtpSettings;
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
 * @param connectTimeout      how long a webhook or SMTP connection may take (default 5 s)
 * @param requestTimeout      how long a webhook request or an SMTP exchange may take (default 10 s)
 * @param deliveryThreads     attempts made at the same time, at most one per subscription (default 8)
 * @param endpointConcurrency attempts made at the same time to one endpoint: a webhook host, or the SMTP server
 *                            (default 4)
 * @param breakerThreshold    failures in a row after which an endpoint's circuit opens (default 5)
 * @param breakerCoolDown     how long an open circuit holds attempts back before a probe (default 1 min)
 * @param maxUnfinishedAlerts alerts under way (sending, waiting for a retry or gathered for a digest) before
 *                            consumption pauses (default 10000)
 * @param shutdownGrace       how long closing waits for attempts under way to finish and be recorded; those still
 *                            running then are cut off and sent again after a restart (default 45 s)
 * @param smtp                the SMTP server for email alerts; without one, email subscriptions are refused
 * @param publicBaseUrl       where people reach this service's HTTP API, for the links in emails (default
 *                            http://localhost:8080)
 */
public record AlertsConfig(KafkaSettings kafka, boolean allowPrivateTargets, List<Duration> retrySchedule,
                           double retryJitter, Duration connectTimeout, Duration requestTimeout,
                           int deliveryThreads, int endpointConcurrency, int breakerThreshold, Duration breakerCoolDown,
                           int maxUnfinishedAlerts, Duration shutdownGrace, Optional<SmtpSettings> smtp,
                           URI publicBaseUrl) {

  public static final String DEFAULT_RETRY_SCHEDULE = "0s,5s,5m,30m,2h,5h,10h,10h";
  public static final URI DEFAULT_PUBLIC_BASE_URL = URI.create("http://localhost:8080");

  public AlertsConfig {
    Objects.requireNonNull(kafka, "kafka");
    Objects.requireNonNull(smtp, "smtp");
    retrySchedule = List.copyOf(Objects.requireNonNull(retrySchedule, "retrySchedule"));
    List<String> problems = new ArrayList<>();
    if (retrySchedule.isEmpty() || retrySchedule.stream().anyMatch(Duration::isNegative)) {
      problems.add(invalid("retrySchedule", retrySchedule, "must list at least one delay, none negative"));
    }
    if (!(retryJitter >= 0 && retryJitter <= 1)) {
      problems.add(invalid("retryJitter", retryJitter, "must be between 0 and 1"));
    }
    requirePositive("connectTimeout", connectTimeout, problems);
    requirePositive("requestTimeout", requestTimeout, problems);
    requirePositive("breakerCoolDown", breakerCoolDown, problems);
    if (shutdownGrace == null || shutdownGrace.isNegative()) {
      problems.add(invalid("shutdownGrace", shutdownGrace, "must not be negative"));
    }
    requireAtLeastOne("deliveryThreads", deliveryThreads, problems);
    requireAtLeastOne("endpointConcurrency", endpointConcurrency, problems);
    requireAtLeastOne("breakerThreshold", breakerThreshold, problems);
    requireAtLeastOne("maxUnfinishedAlerts", maxUnfinishedAlerts, problems);
    String scheme = publicBaseUrl == null || publicBaseUrl.getScheme() == null ? ""
        : publicBaseUrl.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("http") || scheme.equals("https")) || publicBaseUrl.getHost() == null) {
      problems.add(invalid("publicBaseUrl", publicBaseUrl, "must be an absolute http:// or https:// URL"));
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join("; ", problems));
    }
  }

  public static AlertsConfig defaults(KafkaSettings kafka) {
    return new AlertsConfig(kafka, false, Durations.parseList(DEFAULT_RETRY_SCHEDULE), 0.2, Duration.ofSeconds(5),
        Duration.ofSeconds(10), 8, 4, 5, Duration.ofMinutes(1), 10_000, Duration.ofSeconds(45), Optional.empty(),
        DEFAULT_PUBLIC_BASE_URL);
  }

  public AlertsConfig withAllowPrivateTargets(boolean allow) {
    return new AlertsConfig(kafka, allow, retrySchedule, retryJitter, connectTimeout, requestTimeout,
        deliveryThreads, endpointConcurrency, breakerThreshold, breakerCoolDown, maxUnfinishedAlerts, shutdownGrace,
        smtp, publicBaseUrl);
  }

  public AlertsConfig withRetrySchedule(List<Duration> schedule) {
    return new AlertsConfig(kafka, allowPrivateTargets, schedule, retryJitter, connectTimeout, requestTimeout,
        deliveryThreads, endpointConcurrency, breakerThreshold, breakerCoolDown, maxUnfinishedAlerts, shutdownGrace,
        smtp, publicBaseUrl);
  }

  /** Enables email alerts through this server. */
  public AlertsConfig withSmtp(SmtpSettings server) {
    return new AlertsConfig(kafka, allowPrivateTargets, retrySchedule, retryJitter, connectTimeout, requestTimeout,
        deliveryThreads, endpointConcurrency, breakerThreshold, breakerCoolDown, maxUnfinishedAlerts, shutdownGrace,
        Optional.of(server), publicBaseUrl);
  }

  public AlertsConfig withPublicBaseUrl(URI url) {
    return new AlertsConfig(kafka, allowPrivateTargets, retrySchedule, retryJitter, connectTimeout, requestTimeout,
        deliveryThreads, endpointConcurrency, breakerThreshold, breakerCoolDown, maxUnfinishedAlerts, shutdownGrace,
        smtp, url);
  }

  private static void requirePositive(String name, Duration value, List<String> problems) {
    if (value == null || value.isNegative() || value.isZero()) {
      problems.add(invalid(name, value, "must be positive"));
    }
  }

  private static void requireAtLeastOne(String name, int value, List<String> problems) {
    if (value < 1) {
      problems.add(invalid(name, value, "must be at least 1"));
    }
  }

  private static String invalid(String name, Object value, String why) {
    return "The '" + name + "' value " + value + " is invalid: " + why;
  }
}
