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
 * Runs tasks on a fixed pool of threads, one task per key at a time, in submission order per key. Keys take
 * turns: after each task a busy key goes to the back of the pool's queue, so a key with a long backlog (a slow
 * subscriber) holds at most one thread and never starves the others.
 */
public final class KeyedSerialExecutor {

  private static final Logger log = LoggerFactory.getLogger(KeyedSerialExecutor.class);

  private final ExecutorService pool;
  /** A key is present while it has a task queued or running; the head of its deque is the current task. */
  private final Map<String, Deque<Runnable>> lanes = new HashMap<>();

  public KeyedSerialExecutor(String threadName, int threads) {
    AtomicInteger counter = new AtomicInteger();
    this.pool = Executors.newFixedThreadPool(threads, task -> {
      Thread thread = new Thread(task, threadName + "-" + counter.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
  }

  /** Queues the task behind the key's earlier ones; ignored once {@link #shutdown} has begun. */
  public synchronized void submit(String key, Runnable task) {
    Deque<Runnable> lane = lanes.get(key);
    if (lane != null) {
      lane.add(task);
      return;
    }
    lane = new ArrayDeque<>();
    lane.add(task);
    lanes.put(key, lane);
    schedule(key);
  }

  private void schedule(String key) {
    try {
      pool.execute(() -> runHead(key));
    } catch (RejectedExecutionException e) {
      log.debug("Shutting down: dropped {} queued tasks for {}", lanes.get(key).size(), key);
      lanes.remove(key);
    }
  }

  private void runHead(String key) {
    Runnable task;
    synchronized (this) {
      task = lanes.get(key).peek();
    }
    try {
      task.run();
    } catch (RuntimeException e) {
      log.error("A task for {} failed", key, e);
    }
    synchronized (this) {
      Deque<Runnable> lane = lanes.get(key);
      lane.poll();
      if (lane.isEmpty()) {
        lanes.remove(key);
      } else {
        schedule(key);
      }
    }
  }

  /**
   * Stops taking tasks and waits up to {@code grace} for those already handed to the pool; tasks queued behind
   * them under the same key are dropped.
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
