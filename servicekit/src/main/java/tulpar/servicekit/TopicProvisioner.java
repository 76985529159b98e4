package tulpar.servicekit;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tulpar.schemas.Topic;
import tulpar.schemas.Topics;

/**
 * Creates Tulpar's topics when they are missing and waits until every partition has a leader: an idempotent
 * producer that sends before that can hit NOT_LEADER_OR_FOLLOWER and then stall on out-of-order sequence
 * numbers.
 */
public final class TopicProvisioner {

  private static final Logger log = LoggerFactory.getLogger(TopicProvisioner.class);

  private TopicProvisioner() {}

  public static void ensureTopics(KafkaSettings kafka, int partitions, short replicationFactor, Duration timeout) {
    ensureTopics(kafka, Topics.ALL, partitions, replicationFactor, timeout);
  }

  public static void ensureTopics(KafkaSettings kafka, Collection<? extends Topic<?, ?>> topics, int partitions,
                                  short replicationFactor, Duration timeout) {
    try (Admin admin = Admin.create(kafka.admin())) {
      Set<String> existing = admin.listTopics().names().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      List<NewTopic> missing = topics.stream()
          .filter(t -> !existing.contains(t.name()))
          .map(t -> new NewTopic(t.name(), partitions, replicationFactor)
              .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, t.cleanupPolicy().config(),
                  TopicConfig.MAX_MESSAGE_BYTES_CONFIG, String.valueOf(KafkaSettings.MAX_RECORD_BYTES))))
          .toList();
      if (!missing.isEmpty()) {
        createIgnoringRaces(admin, missing, timeout);
        log.info("Created topics {}", missing.stream().map(NewTopic::name).toList());
      }
      awaitLeaders(admin, topics.stream().map(Topic::name).collect(Collectors.toSet()), timeout);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while creating topics", e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("Cannot create Tulpar's topics on " + kafka.bootstrapServers()
          + " (" + e.getMessage() + "). Check that the brokers are reachable and that this client may create topics,"
          + " or create them by hand as README.md lists.", e);
    }
  }

  private static void createIgnoringRaces(Admin admin, List<NewTopic> missing, Duration timeout)
      throws InterruptedException, ExecutionException, TimeoutException {
    for (var result : admin.createTopics(missing).values().values()) {
      try {
        result.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      } catch (ExecutionException e) {
        // Another instance created it first: that is what we wanted.
        if (!(e.getCause() instanceof TopicExistsException)) {
          throw e;
        }
      }
    }
  }

  private static void awaitLeaders(Admin admin, Set<String> names, Duration timeout)
      throws InterruptedException, ExecutionException, TimeoutException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      Map<String, TopicDescription> descriptions;
      try {
        descriptions = admin.describeTopics(names).allTopicNames().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      } catch (ExecutionException e) {
        descriptions = Map.of();
      }
      boolean allLed = descriptions.size() == names.size() && descriptions.values().stream()
          .flatMap(d -> d.partitions().stream())
          .allMatch(p -> p.leader() != null && !p.leader().isEmpty());
      if (allLed) {
        return;
      }
      if (System.nanoTime() > deadline) {
        throw new TimeoutException("partitions of " + names + " have no leader after " + timeout);
      }
      Thread.sleep(50);
    }
  }
}
