package tulpar.alerts.delivery;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs tasks on a fixed pool of threads: one task per key at a time, in submission order per key, and at most
 * {@code perGroup} tasks of one group at a time. Keys are subscriptions and groups their endpoints, so a slow
 * subscriber holds at most one thread and a slow host at most {@code perGroup}; the rest of the pool keeps
 * serving everyone else. Keys take turns: after each task a busy key goes to the back of its group's queue.
 */
public final class KeyedSerialExecutor {

  private static final Logger log = LoggerFactory.getLogger(KeyedSerialExecutor.class);

  /** A key's queued tasks, the head running or about to; its group is fixed while it has tasks. */
  private record Lane(String group, Deque<Runnable> tasks) {}

  /** A group's running count and the keys waiting for one of its places. */
  private static final class Group {
    int running;
    final Deque<String> waiting = new ArrayDeque<>();
  }

  private final ExecutorService pool;
  private final int perGroup;
  /** Guarded by {@code this}; a key is present while it has a task queued or running. */
  private final Map<String, Lane> lanes = new HashMap<>();
  /** Guarded by {@code this}; a group is present while one of its keys is running or waiting. */
  private final Map<String, Group> groups = new HashMap<>();

  public KeyedSerialExecutor(String threadName, int threads, int perGroup) {
    AtomicInteger counter = new AtomicInteger();
    this.pool = Executors.newFixedThreadPool(threads, task -> {
      Thread thread = new Thread(task, threadName + "-" + counter.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
    this.perGroup = perGroup;
  }

  /** Queues the task behind the key's earlier ones; ignored once {@link #shutdown} has begun. */
  public synchronized void submit(String group, String key, Runnable task) {
    Lane lane = lanes.get(key);
    if (lane != null) {
      lane.tasks().add(task);
      return;
    }
    lane = new Lane(group, new ArrayDeque<>());
    lane.tasks().add(task);
    lanes.put(key, lane);
    groups.computeIfAbsent(group, g -> new Group()).waiting.add(key);
    startWaiting(group);
  }

  /** Hands the group's waiting keys to the pool while it has places. */
  private void startWaiting(String name) {
    Group group = groups.get(name);
    while (group.running < perGroup && !group.waiting.isEmpty()) {
      String key = group.waiting.poll();
      try {
        pool.execute(() -> runHead(key));
        group.running++;
      } catch (RejectedExecutionException e) {
        log.debug("Shutting down: dropped {} queued tasks for {}", lanes.get(key).tasks().size(), key);
        lanes.remove(key);
      }
    }
    if (group.running == 0 && group.waiting.isEmpty()) {
      groups.remove(name);
    }
  }

  private void runHead(String key) {
    Lane lane;
    Runnable task;
    synchronized (this) {
      lane = lanes.get(key);
      task = lane.tasks().peek();
    }
    try {
      task.run();
    } catch (RuntimeException e) {
      log.error("A task for {} failed", key, e);
    }
    synchronized (this) {
      lane.tasks().poll();
      Group group = groups.get(lane.group());
      group.running--;
      if (lane.tasks().isEmpty()) {
        lanes.remove(key);
      } else {
        group.waiting.add(key);
      }
      startWaiting(lane.group());
    }
  }

  /**
   * Stops taking tasks and waits up to {@code grace} for those already handed to the pool; tasks queued behind
   * them are dropped.
   */
  public void shutdown(Duration grace) {
    pool.shutdown();
    try {
      if (!pool.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS)) {
        log.warn("Tasks still running after {}; interrupting them", grace);
        pool.shutdownNow();
      }
    } catch (InterruptedException e) {
      pool.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }
}
