package tulpar.alerts.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class KeyedSerialExecutorTest {

  private final KeyedSerialExecutor executor = new KeyedSerialExecutor("test-lane", 2, 2);

  @AfterEach
  void shutdown() {
    executor.shutdown(Duration.ofSeconds(5));
  }

  @Test
  void runsTasksOfOneKeyOneAtATimeInOrder() {
    List<Integer> order = new CopyOnWriteArrayList<>();
    AtomicInteger running = new AtomicInteger();
    AtomicInteger mostAtOnce = new AtomicInteger();
    for (int i = 0; i < 50; i++) {
      int n = i;
      executor.submit("host", "sub_a", () -> {
        mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
        order.add(n);
        running.decrementAndGet();
      });
    }

    await().atMost(Duration.ofSeconds(5)).until(() -> order.size() == 50);
    assertThat(order).isSorted();
    assertThat(mostAtOnce.get()).isEqualTo(1);
  }

  @Test
  void aBlockedKeyHoldsOneThreadAndOtherKeysKeepGoing() {
    CountDownLatch release = new CountDownLatch(1);
    List<String> done = new CopyOnWriteArrayList<>();
    try {
      executor.submit("slow.example", "slow", () -> waitFor(release));
      executor.submit("slow.example", "slow", () -> done.add("slow-2"));
      for (int i = 0; i < 10; i++) {
        String key = "fast-" + (i % 3);
        executor.submit(key + ".example", key, () -> done.add(key));
      }

      await().atMost(Duration.ofSeconds(5)).until(() -> done.size() == 10);
      assertThat(done).doesNotContain("slow-2");
    } finally {
      release.countDown();
    }
    await().atMost(Duration.ofSeconds(5)).until(() -> done.contains("slow-2"));
  }

  @Test
  void aGroupRunsAtMostItsLimitAtOnceWhileOtherGroupsKeepGoing() {
    KeyedSerialExecutor pool = new KeyedSerialExecutor("test-group", 4, 2);
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger slowRunning = new AtomicInteger();
    List<String> done = new CopyOnWriteArrayList<>();
    try {
      for (int i = 0; i < 5; i++) {
        pool.submit("slow.example", "slow-" + i, () -> {
          slowRunning.incrementAndGet();
          waitFor(release);
          done.add("slow");
        });
      }
      pool.submit("fast.example", "fast", () -> done.add("fast"));

      await().atMost(Duration.ofSeconds(5)).until(() -> done.contains("fast"));
      await().during(Duration.ofMillis(200)).until(() -> slowRunning.get() == 2);
    } finally {
      release.countDown();
    }
    await().atMost(Duration.ofSeconds(5)).until(() -> done.stream().filter("slow"::equals).count() == 5);
    pool.shutdown(Duration.ofSeconds(5));
  }

  private static void waitFor(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
