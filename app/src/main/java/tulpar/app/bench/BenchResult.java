package tulpar.app.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The one JSON line the bench prints: the machine and its load, the settings, then each measurement. Rates are
 * per second, sizes in MB of 10^6 bytes, times in milliseconds unless a name says otherwise. The bars of issue
 * #7 are checked at the end.
 */
final class BenchResult {

  static final double BAR_ARTICLES_PER_SECOND = 5_000;
  static final double BAR_RATIO = 0.2;
  static final double BAR_P99_MS = 500;

  private final Map<String, Object> json = new LinkedHashMap<>();

  BenchResult(String version, String loadAverageBefore) {
    json.put("bench", "tulpar bench");
    json.put("version", version);
    json.put("startedAt", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
    Map<String, Object> machine = new LinkedHashMap<>();
    machine.put("cores", Runtime.getRuntime().availableProcessors());
    machine.put("cpu", cpuModel());
    machine.put("memoryGb", round(totalMemoryBytes() / 1e9, 1));
    machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
    machine.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
    machine.put("maxHeapMb", Runtime.getRuntime().maxMemory() / (1 << 20));
    machine.put("loadAverageBefore", loadAverageBefore);
    json.put("machine", machine);
  }

  void settings(Map<String, Object> settings) {
    json.put("settings", settings);
  }

  void startup(double runToHealthyMillis) {
    json.put("startup", Map.of("runToHealthyMs", round(runToHealthyMillis, 0)));
  }

  void rawKafka(RawKafkaProbe.Result raw) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("records", raw.records());
    out.put("recordBytes", raw.recordBytes());
    out.put("partitions", raw.partitions());
    out.put("produceRecordsPerSec", round(raw.produceRecordsPerSecond(), 0));
    out.put("produceMBPerSec", round(raw.megabytes() / raw.produceSeconds(), 1));
    out.put("consumeRecordsPerSec", round(raw.consumeRecordsPerSecond(), 0));
    out.put("consumeMBPerSec", round(raw.megabytes() / raw.consumeSeconds(), 1));
    out.put("recordsPerSec", round(raw.recordsPerSecond(), 0));
    out.put("mbPerSec", round(raw.megabytes() / (raw.produceSeconds() + raw.consumeSeconds()), 1));
    json.put("rawKafka", out);
  }

  void pipeline(PipelineBench.Outcome outcome, RawKafkaProbe.Result raw) {
    PipelineBench.Batch fast = outcome.throughput();
    Map<String, Object> out = batch(fast);
    double articlesPerSecond = fast.articles() / fast.seconds();
    out.put("articlesPerSec", round(articlesPerSecond, 0));
    out.put("mbPerSec", round(fast.bodyBytes() / 1e6 / fast.seconds(), 2));
    out.put("enrichedArticlesPerSec", Double.isNaN(fast.enrichedSeconds()) ? null
        : round(fast.articles() / fast.enrichedSeconds(), 0));
    out.put("publishArticlesPerSec", round(fast.articles() / fast.publishSeconds(), 0));
    json.put("pipeline", out);
    json.put("ratioPipelineToRawKafka", round(articlesPerSecond / raw.recordsPerSecond(), 3));

    PipelineBench.Batch paced = outcome.latency();
    Map<String, Object> latency = batch(paced);
    latency.put("rateOffered", round(paced.articles() / paced.publishSeconds(), 0));
    long[] micros = paced.latenciesMicros();
    latency.put("samples", micros.length);
    latency.put("p50Ms", percentileMillis(micros, 0.50));
    latency.put("p99Ms", percentileMillis(micros, 0.99));
    latency.put("maxMs", micros.length == 0 ? null : round(micros[micros.length - 1] / 1e3, 1));
    long[] untilMade = paced.untilMadeMicros();
    latency.put("p50MsUntilAlertMade", percentileMillis(untilMade, 0.50));
    latency.put("p99MsUntilAlertMade", percentileMillis(untilMade, 0.99));
    json.put("alertLatency", latency);

    Map<String, Object> alerts = new LinkedHashMap<>();
    alerts.put("received", outcome.alertsReceived());
    alerts.put("repeatedDeliveries", outcome.repeatedDeliveries());
    alerts.put("agreementsAndSummits", outcome.events());
    alerts.put("eventsOwedAlerts", outcome.eventsOwed());
    json.put("alerts", alerts);

    Map<String, Object> bars = new LinkedHashMap<>();
    bars.put("pipelineArticlesPerSecAtLeast5000", fast.complete() && articlesPerSecond >= BAR_ARTICLES_PER_SECOND);
    bars.put("ratioAtLeast0.2", fast.complete() && articlesPerSecond / raw.recordsPerSecond() >= BAR_RATIO);
    Double p99 = percentileMillis(micros, 0.99);
    bars.put("alertP99Below500Ms", paced.complete() && p99 != null && p99 < BAR_P99_MS);
    json.put("bars", bars);
  }

  void finish(String loadAverageAfter, double totalSeconds) {
    @SuppressWarnings("unchecked")
    Map<String, Object> machine = (Map<String, Object>) json.get("machine");
    machine.put("loadAverageAfter", loadAverageAfter);
    json.put("totalSeconds", round(totalSeconds, 1));
  }

  String toJsonLine() {
    try {
      return new ObjectMapper().writeValueAsString(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, Object> batch(PipelineBench.Batch batch) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("articles", batch.articles());
    out.put("eventArticles", batch.eventArticles());
    out.put("exactDuplicates", batch.exactDuplicates());
    out.put("nearDuplicates", batch.nearDuplicates());
    out.put("avgBodyBytes", batch.articles() == 0 ? 0 : batch.bodyBytes() / batch.articles());
    out.put("complete", batch.complete());
    out.put("enriched", batch.enriched());
    out.put("alertsOwed", batch.alertsOwed());
    out.put("alertsMissing", batch.alertsMissing());
    out.put("alertsReceived", batch.alertsReceived());
    out.put("alertsReceivedPerSec", round(batch.alertsReceived() / batch.seconds(), 0));
    if (!batch.missingExamples().isEmpty()) {
      out.put("missingExamples", batch.missingExamples());
    }
    out.put("publishSeconds", round(batch.publishSeconds(), 2));
    out.put("enrichedSeconds", Double.isNaN(batch.enrichedSeconds()) ? null : round(batch.enrichedSeconds(), 2));
    out.put("seconds", round(batch.seconds(), 2));
    return out;
  }

  /** Nearest rank: the smallest sample with at least {@code p} of the samples at or below it. */
  static Double percentileMillis(long[] sortedMicros, double p) {
    if (sortedMicros.length == 0) {
      return null;
    }
    int rank = (int) Math.ceil(p * sortedMicros.length);
    return round(sortedMicros[Math.max(0, rank - 1)] / 1e3, 1);
  }

  /** The three load averages of {@code /proc/loadavg}, or the JVM's one-minute average elsewhere. */
  static String loadAverage() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return parts[0] + " " + parts[1] + " " + parts[2];
    } catch (IOException | RuntimeException e) {
      return String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
  }

  private static String cpuModel() {
    try {
      return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
          .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse(System.getProperty("os.arch"));
    } catch (IOException | RuntimeException e) {
      return System.getProperty("os.arch");
    }
  }

  private static double totalMemoryBytes() {
    if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getTotalMemorySize();
    }
    return Double.NaN;
  }

  static double round(double value, int digits) {
    double scale = Math.pow(10, digits);
    return Math.round(value * scale) / scale;
  }
}
