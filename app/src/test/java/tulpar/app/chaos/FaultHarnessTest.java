package tulpar.app.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fault harness, small, in CI: broker, streams and alerts in processes of their own, killed and restarted
 * while articles flow; no expected alert may be lost, none may be sent that was not expected, and a repeat must
 * carry its alert's webhook-id.
 */
class FaultHarnessTest {

  @TempDir
  Path dir;

  @Test
  void everyExpectedAlertArrivesThroughKillsAndRestartsAndNothingElseDoes() throws Exception {
    StringWriter progress = new StringWriter();

    ObjectNode report = new FaultHarness(new FaultHarness.Plan(25, dir, Duration.ofMinutes(3)),
        new PrintWriter(progress)).run();

    assertThat(report.path("lost").asInt()).as("%s%n%s", report, progress).isZero();
    assertThat(report.path("unexpected").asInt()).as("%s", report).isZero();
    assertThat(report.path("webhookIdConflicts").asInt()).as("%s", report).isZero();
    assertThat(report.path("delivered").asInt()).isEqualTo(25);
    assertThat(report.path("passed").asBoolean()).isTrue();
    assertThat(report.path("faults")).hasSize(4);
    assertThat(report.path("poisonRecords").asInt()).isEqualTo(6);
  }
}
