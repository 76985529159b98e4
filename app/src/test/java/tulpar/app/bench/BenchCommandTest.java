package tulpar.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import tulpar.app.Tulpar;
import tulpar.schemas.TrustedClasses;

/** {@code tulpar bench} at a small size, on its own embedded broker: one JSON line with every measurement. */
class BenchCommandTest {

  @Test
  void printsOneJsonLineWithEveryMeasurementAndEveryAlertOwed() throws Exception {
    TrustedClasses.install();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream stdout = System.out;
    int exit;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      exit = new CommandLine(new Tulpar()).execute("bench", "--articles", "300", "--rate", "50",
          "--latency-seconds", "3", "--raw-records", "2000", "--partitions", "2", "--timeout", "60s");
    } finally {
      System.setOut(stdout);
    }
    assertThat(exit).isZero();
    // The tests' logging goes to standard output too; the bench's own logging goes to standard error.
    List<String> lines = out.toString(StandardCharsets.UTF_8).lines().filter(l -> l.startsWith("{")).toList();
    assertThat(lines).hasSize(1);
    JsonNode result = new ObjectMapper().readTree(lines.get(0));

    assertThat(result.at("/machine/cores").asInt()).isPositive();
    assertThat(result.at("/machine/loadAverageBefore").asText()).isNotBlank();
    assertThat(result.at("/machine/loadAverageAfter").asText()).isNotBlank();
    assertThat(result.at("/settings/text").asText()).isNotBlank();
    assertThat(result.at("/startup/runToHealthyMs").asDouble()).isPositive();
    for (String field : List.of("produceRecordsPerSec", "produceMBPerSec", "consumeRecordsPerSec", "consumeMBPerSec",
        "recordsPerSec", "mbPerSec")) {
      assertThat(result.path("rawKafka").path(field).asDouble()).as(field).isPositive();
    }
    JsonNode pipeline = result.path("pipeline");
    assertThat(pipeline.path("complete").asBoolean()).isTrue();
    assertThat(pipeline.path("articles").asInt()).isEqualTo(300);
    assertThat(pipeline.path("enriched").asInt()).isEqualTo(300);
    assertThat(pipeline.path("eventArticles").asInt()).isPositive();
    assertThat(pipeline.path("exactDuplicates").asInt() + pipeline.path("nearDuplicates").asInt()).isPositive();
    assertThat(pipeline.path("alertsOwed").asInt()).isPositive();
    assertThat(pipeline.path("alertsMissing").asInt()).isZero();
    assertThat(pipeline.path("articlesPerSec").asDouble()).isPositive();
    assertThat(result.path("ratioPipelineToRawKafka").asDouble()).isPositive();

    JsonNode latency = result.path("alertLatency");
    assertThat(latency.path("complete").asBoolean()).isTrue();
    assertThat(latency.path("articles").asInt()).isEqualTo(150);
    assertThat(latency.path("alertsOwed").asInt()).isPositive();
    assertThat(latency.path("alertsMissing").asInt()).isZero();
    assertThat(latency.path("samples").asInt()).isPositive();
    assertThat(latency.path("p50Ms").asDouble()).isPositive();
    assertThat(latency.path("p99Ms").asDouble()).isGreaterThanOrEqualTo(latency.path("p50Ms").asDouble());
    assertThat(latency.path("maxMs").asDouble()).isGreaterThanOrEqualTo(latency.path("p99Ms").asDouble());

    JsonNode alerts = result.path("alerts");
    assertThat(alerts.path("received").asInt()).isPositive();
    assertThat(alerts.path("eventsOwedAlerts").asInt())
        .isGreaterThanOrEqualTo(pipeline.path("alertsOwed").asInt() + latency.path("alertsOwed").asInt())
        .isLessThanOrEqualTo(alerts.path("agreementsAndSummits").asInt());
    assertThat(result.path("bars").size()).isEqualTo(3);
    assertThat(result.path("totalSeconds").asDouble()).isPositive();
  }
}
