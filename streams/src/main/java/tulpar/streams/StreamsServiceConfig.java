package tulpar.streams;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.LogAndContinueExceptionHandler;
import org.apache.kafka.streams.errors.LogAndContinueProcessingExceptionHandler;
import tulpar.servicekit.KafkaSettings;

/**
 * Everything the streams service is configured with.
 *
 * @param kafka          the Kafka client settings (bootstrap servers, {@code --kafka-config} extras)
 * @param stateDir       where Kafka Streams keeps its local state (the event store)
 * @param applicationId  the Streams application id: consumer group and internal topic prefix; default
 *                       {@value #DEFAULT_APPLICATION_ID}
 * @param commitInterval how often Streams commits; with exactly-once, output becomes visible to
 *                       {@code read_committed} consumers only at a commit, so this bounds end-to-end latency;
 *                       default 100 ms
 */
public record StreamsServiceConfig(KafkaSettings kafka, Path stateDir, String applicationId,
                                   Duration commitInterval) {

  public static final String DEFAULT_APPLICATION_ID = "tulpar-streams";
  public static final Duration DEFAULT_COMMIT_INTERVAL = Duration.ofMillis(100);

  public StreamsServiceConfig {
    Objects.requireNonNull(kafka, "kafka");
    Objects.requireNonNull(stateDir, "stateDir");
    Objects.requireNonNull(applicationId, "applicationId");
    Objects.requireNonNull(commitInterval, "commitInterval");
    if (applicationId.isBlank()) {
      throw new IllegalArgumentException("The streams application id must not be blank");
    }
    if (commitInterval.isNegative() || commitInterval.isZero()) {
      throw new IllegalArgumentException("The streams commit interval must be positive, was " + commitInterval);
    }
  }

  /** The defaults: application id {@value #DEFAULT_APPLICATION_ID}, commit every 100 ms. */
  public StreamsServiceConfig(KafkaSettings kafka, Path stateDir) {
    this(kafka, stateDir, DEFAULT_APPLICATION_ID, DEFAULT_COMMIT_INTERVAL);
  }

  /**
   * The Kafka Streams properties: exactly-once from {@link KafkaSettings#streams}, then this service's
   * defaults unless {@code --kafka-config} set them. A record that cannot be deserialised, or whose
   * processing fails, is logged and skipped (Streams counts it in its dropped-records metric) instead of
   * stopping the application or failing it over and over on the same record.
   */
  public Properties streamsProperties() {
    Properties props = kafka.streams(applicationId, stateDir);
    props.putIfAbsent(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, commitInterval.toMillis());
    props.putIfAbsent(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG,
        LogAndContinueExceptionHandler.class);
    props.putIfAbsent(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG,
        LogAndContinueProcessingExceptionHandler.class);
    return props;
  }
}
