package tulpar.schemas;

import org.apache.kafka.common.config.TopicConfig;

/** How the broker retains a topic's records. */
public enum CleanupPolicy {
  /** Keep records for the retention period. */
  DELETE(TopicConfig.CLEANUP_POLICY_DELETE),
  /** Keep the latest record per key; a tombstone removes the key. */
  COMPACT(TopicConfig.CLEANUP_POLICY_COMPACT);

  private final String config;

  CleanupPolicy(String config) {
    this.config = config;
  }

  /** The value of the topic's {@code cleanup.policy}. */
  public String config() {
    return config;
  }
}
