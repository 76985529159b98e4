package tulpar.app;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps what a long-running command starts and stops it in reverse order on Ctrl-C or SIGTERM, so the broker
 * outlives the services that write to it. The shutdown hook is in place from the start: a signal that
 * arrives while things are still starting stops what has started (consumers leave their groups) instead of
 * killing the process half-way.
 */
final class Lifecycle implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(Lifecycle.class);

  private final Deque<AutoCloseable> started = new ArrayDeque<>();
  private final CountDownLatch stopped = new CountDownLatch(1);
  private final Thread hook = new Thread(this::stopOnSignal, "tulpar-shutdown");
  private boolean closed;

  Lifecycle() {
    Runtime.getRuntime().addShutdownHook(hook);
  }

  /** Keeps {@code resource} to close later; closes it at once if shutdown has begun meanwhile. */
  <T extends AutoCloseable> T add(T resource) {
    synchronized (started) {
      if (!closed) {
        started.push(resource);
        return resource;
      }
    }
    closeQuietly(resource);
    throw new IllegalStateException("Stopped while starting");
  }

  /** Blocks until the JVM is asked to stop and everything is stopped. */
  void awaitShutdown() throws InterruptedException {
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
        closeQuietly(started.pop());
      }
    }
    stopped.countDown();
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shutdownUnderWay) {
      // The hook is what called us, or is about to: nothing left to remove.
    }
  }

  private void stopOnSignal() {
    log.info("Stopping…");
    close();
    log.info("Stopped");
  }

  private static void closeQuietly(AutoCloseable resource) {
    try {
      resource.close();
    } catch (Exception e) {
      log.warn("Could not stop {} cleanly: {}", resource, e.getMessage(), e);
    }
  }
}
