package tulpar.alerts.kafka;

import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A loop over a Kafka consumer on a thread of its own: consumers are single-threaded, so each loop creates,
 * uses and closes its consumer on that thread. Stopping lets the current iteration finish (polls are short)
 * rather than calling {@code wakeup()}, so a stop never breaks an offset commit half-way.
 */
public abstract class ConsumerLoop implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(ConsumerLoop.class);

  /** How long one poll may wait: also how long a stop may take to be noticed. */
  protected static final Duration POLL_TIMEOUT = Duration.ofMillis(100);

  private final Thread thread;
  private volatile boolean running = true;
  private volatile boolean ready;
  private volatile String failure;

  protected ConsumerLoop(String threadName) {
    this.thread = new Thread(this::runGuarded, threadName);
    this.thread.setDaemon(true);
  }

  /** Runs until {@link #running()} turns false. */
  protected abstract void run();

  public final void start() {
    thread.start();
  }

  public final String name() {
    return thread.getName();
  }

  protected final boolean running() {
    return running;
  }

  /** Called by the loop once it does its job, e.g. once it has caught up or has its partitions. */
  protected final void markReady() {
    ready = true;
  }

  public final boolean isReady() {
    return ready;
  }

  /** Why the loop stopped on its own, if it did. */
  public final Optional<String> failure() {
    return Optional.ofNullable(failure);
  }

  private void runGuarded() {
    try {
      run();
    } catch (RuntimeException e) {
      failure = e.toString();
      log.error("{} stopped", name(), e);
    }
  }

  /** Asks the loop to stop and waits until it has. */
  @Override
  public void close() {
    running = false;
    if (thread.isAlive()) {
      try {
        thread.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
