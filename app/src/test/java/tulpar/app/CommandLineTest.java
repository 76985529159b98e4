package tulpar.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.TypeConversionException;

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
  void durationsReadAsPeopleWriteThem() {
    assertThat(DurationConverter.parse("500ms")).isEqualTo(Duration.ofMillis(500));
    assertThat(DurationConverter.parse("5m")).isEqualTo(Duration.ofMinutes(5));
    assertThat(DurationConverter.parse("10h")).isEqualTo(Duration.ofHours(10));
    assertThat(DurationConverter.parse("PT2S")).isEqualTo(Duration.ofSeconds(2));
    assertThatThrownBy(() -> DurationConverter.parse("soon"))
        .isInstanceOf(TypeConversionException.class).hasMessageContaining("500ms");
  }
}
