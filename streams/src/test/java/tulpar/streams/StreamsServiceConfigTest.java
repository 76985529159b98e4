package tulpar.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.LogAndContinueExceptionHandler;
import org.apache.kafka.streams.errors.LogAndContinueProcessingExceptionHandler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tulpar.servicekit.KafkaSettings;

class StreamsServiceConfigTest {

  @TempDir
  Path dir;

  @Test
  void shouldRunExactlyOnceAndCommitOftenByDefault() {
    Properties props = new StreamsServiceConfig(KafkaSettings.of("broker:9092"), dir).streamsProperties();

    assertThat(props.get(StreamsConfig.APPLICATION_ID_CONFIG)).isEqualTo("tulpar-streams");
    assertThat(props.get(StreamsConfig.PROCESSING_GUARANTEE_CONFIG)).isEqualTo(StreamsConfig.EXACTLY_ONCE_V2);
    assertThat(props.get(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG)).isEqualTo(100L);
    assertThat(props.get(StreamsConfig.NUM_STREAM_THREADS_CONFIG))
        .isEqualTo(Runtime.getRuntime().availableProcessors());
    assertThat(props.get(StreamsConfig.STATE_DIR_CONFIG)).isEqualTo(dir.toString());
    assertThat(props.get(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG))
        .isEqualTo(LogAndContinueExceptionHandler.class);
    assertThat(props.get(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG))
        .isEqualTo(LogAndContinueProcessingExceptionHandler.class);
  }

  @Test
  void shouldLetTheKafkaConfigFileOverrideTheServiceDefaults() throws IOException {
    Path file = Files.writeString(dir.resolve("client.properties"), "commit.interval.ms=250\n");

    Properties props = new StreamsServiceConfig(KafkaSettings.of("broker:9092").withConfigFile(file), dir)
        .streamsProperties();

    assertThat(props.get(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG)).isEqualTo("250");
  }

  @Test
  void shouldRefuseABlankApplicationIdOrANonPositiveCommitIntervalOrDuplicateWindow() {
    KafkaSettings kafka = KafkaSettings.of("broker:9092");
    Duration week = Duration.ofDays(7);

    assertThatThrownBy(() -> new StreamsServiceConfig(kafka, dir, " ", Duration.ofMillis(100), week))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("application id");
    assertThatThrownBy(() -> new StreamsServiceConfig(kafka, dir, "app", Duration.ZERO, week))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("commit interval");
    assertThatThrownBy(() -> new StreamsServiceConfig(kafka, dir, "app", Duration.ofMillis(100), Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("duplicate window");
  }
}
