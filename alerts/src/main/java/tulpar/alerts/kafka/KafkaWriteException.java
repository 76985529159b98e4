package tulpar.alerts.kafka;

/** Kafka did not acknowledge a write. */
public final class KafkaWriteException extends RuntimeException {

  public KafkaWriteException(String message, Throwable cause) {
    super(message, cause);
  }
}
