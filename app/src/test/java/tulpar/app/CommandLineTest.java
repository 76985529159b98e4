package tulpar.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class CommandLineTest {

  @Test
  void everyOptionReadsItsEnvironmentVariableAndTheCommandLineWins() {
    Map<String, String> env = Map.of("TULPAR_MAX", "7", "TULPAR_BOOTSTRAP_SERVERS", "kafka:9092");

    CommandLine fromEnv = Tulpar.commandLine(env);
    fromEnv.parseArgs("consume", "tulpar.events");
    ConsumeCommand consume = fromEnv.getSubcommands().get("consume").getCommand();
    assertThat(consume.max).isEqualTo(7L);
    assertThat(consume.kafka.bootstrapServers).isEqualTo("kafka:9092");

    CommandLine fromArgs = Tulpar.commandLine(env);
    fromArgs.parseArgs("consume", "tulpar.events", "--max", "2");
    ConsumeCommand overridden = fromArgs.getSubcommands().get("consume").getCommand();
    assertThat(overridden.max).isEqualTo(2L);
  }

  @Test
  void unknownTopicIsBadInputWithExitCode2AndNamesTheTopics() {
    StringWriter err = new StringWriter();
    CommandLine cli = Tulpar.commandLine(Map.of());
    cli.setErr(new PrintWriter(err));

    int exit = cli.execute("consume", "no.such.topic", "--bootstrap-servers", "localhost:1");

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString()).contains("Unknown topic 'no.such.topic'").contains("tulpar.events");
  }

  @Test
  void unknownOptionIsBadUsageWithExitCode2() {
    CommandLine cli = Tulpar.commandLine(Map.of());
    cli.setErr(new PrintWriter(new StringWriter()));

    assertThat(cli.execute("run", "--no-such-option")).isEqualTo(2);
    assertThat(cli.execute()).isEqualTo(2);
  }

  @Test
  void badDurationIsBadUsage() {
    StringWriter err = new StringWriter();
    CommandLine cli = Tulpar.commandLine(Map.of());
    cli.setErr(new PrintWriter(err));

    assertThat(cli.execute("consume", "tulpar.events", "--timeout", "soon")).isEqualTo(2);
    assertThat(err.toString()).contains("'soon' is not a duration");
  }

  @Test
  void aDuplicateWindowThatIsNoPositiveDurationIsBadInputBeforeAnythingStarts() {
    StringWriter err = new StringWriter();
    CommandLine cli = Tulpar.commandLine(Map.of("TULPAR_DUPLICATE_WINDOW", "0s"));
    cli.setErr(new PrintWriter(err));

    assertThat(cli.execute("streams", "--bootstrap-servers", "localhost:1")).isEqualTo(2);
    assertThat(err.toString()).contains("--duplicate-window: must be positive, was 0s");
    assertThat(cli.execute("streams", "--bootstrap-servers", "localhost:1", "--duplicate-window", "a week"))
        .isEqualTo(2);
    assertThat(err.toString()).contains("'a week' is not a duration");
  }
}
