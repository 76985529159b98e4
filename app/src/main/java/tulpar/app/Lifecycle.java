package tulpar.app;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps what a long-running command started and stops it in reverse order on Ctrl-C or SIGTERM, so the
 * broker outlives the services that write to it.
 */
final class Lifecycle implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(Lifecycle.class);

  private final Deque<AutoCloseable> started = new ArrayDeque<>();
  private final CountDownLatch stopped = new CountDownLatch(1);
  private boolean closed;

  <T extends AutoCloseable> T add(T resource) {
    synchronized (started) {
      started.push(resource);
    }
    return resource;
  }

  /** Blocks until the JVM is asked to stop, then stops everything. */
  void awaitShutdown() throws InterruptedException {
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      log.info("Stopping…");
      close();
      log.info("Stopped");
    }, "tulpar-shutdown"));
    stopped.await();
  }

  @Override
  public void close() {
    synchronized (started) {
      if (closed) {
        return;
      }
      closed = true;
      while (!started.isEmpty()) {
        AutoCloseable resource = started.pop();
        try {
          resource.close();
        } catch (Exception e) {
          log.warn("Could not stop {} cleanly: {}", resource, e.getMessage(), e);
        }
      }
    }
    stopped.countDown();
  }
}
