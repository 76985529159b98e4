package tulpar.alerts.delivery;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Which offsets may be committed while alerts finish out of order. Each consumed record gets a {@link Ticket};
 * a partition's committable offset is its oldest unfinished record (or the one after the newest when all are
 * finished), so a commit never covers an alert whose outcome is not recorded yet. Thread-safe.
 */
public final class OffsetTracker {

  private static final class PartitionState {
    final TreeMap<Long, Ticket> unfinished = new TreeMap<>();
    long next = -1;
    long committed = -1;
  }

  /** One consumed record. Dead once finished or once its partition has been revoked from this consumer. */
  public static final class Ticket {
    private final OffsetTracker tracker;
    private final TopicPartition partition;
    private final long offset;

    private Ticket(OffsetTracker tracker, TopicPartition partition, long offset) {
      this.tracker = tracker;
      this.partition = partition;
      this.offset = offset;
    }

    /** The record's outcome is recorded: its offset may be committed. */
    public void finish() {
      tracker.finish(this);
    }

    /** False once finished or revoked: whoever holds it should stop working on it. */
    public boolean isLive() {
      return tracker.isLive(this);
    }
  }

  private final Map<TopicPartition, PartitionState> partitions = new HashMap<>();

  public synchronized Ticket track(TopicPartition partition, long offset) {
    PartitionState state = partitions.computeIfAbsent(partition, p -> new PartitionState());
    Ticket ticket = new Ticket(this, partition, offset);
    state.unfinished.put(offset, ticket);
    state.next = Math.max(state.next, offset + 1);
    return ticket;
  }

  private synchronized void finish(Ticket ticket) {
    PartitionState state = partitions.get(ticket.partition);
    if (state != null) {
      state.unfinished.remove(ticket.offset, ticket);
    }
  }

  private synchronized boolean isLive(Ticket ticket) {
    PartitionState state = partitions.get(ticket.partition);
    return state != null && state.unfinished.get(ticket.offset) == ticket;
  }

  /** The offsets that moved since the last commit. */
  public synchronized Map<TopicPartition, OffsetAndMetadata> committable() {
    Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
    partitions.forEach((partition, state) -> {
      long offset = state.unfinished.isEmpty() ? state.next : state.unfinished.firstKey();
      if (offset > state.committed) {
        offsets.put(partition, new OffsetAndMetadata(offset));
      }
    });
    return offsets;
  }

  public synchronized void committed(Map<TopicPartition, OffsetAndMetadata> offsets) {
    offsets.forEach((partition, offset) -> {
      PartitionState state = partitions.get(partition);
      if (state != null) {
        state.committed = Math.max(state.committed, offset.offset());
      }
    });
  }

  /** Drops partitions this consumer no longer owns; their tickets die. */
  public synchronized void forget(Collection<TopicPartition> revoked) {
    revoked.forEach(partitions::remove);
  }

  public synchronized int unfinishedCount() {
    return partitions.values().stream().mapToInt(s -> s.unfinished.size()).sum();
  }
}
