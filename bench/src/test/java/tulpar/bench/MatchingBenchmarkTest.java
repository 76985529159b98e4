package tulpar.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tulpar.alerts.matching.ScanningMatcher;
import tulpar.alerts.matching.SubscriptionIndex;
import tulpar.schemas.CooperationEvent;
import tulpar.schemas.Subscription;

class MatchingBenchmarkTest {

  @Test
  void indexAndLoopFindTheSameSubscribersOnTheBenchmarksData() {
    Random random = new Random(7);
    List<Subscription> all = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      all.add(MatchingBenchmark.subscription(i, random));
    }
    SubscriptionIndex index = new SubscriptionIndex(all);
    ScanningMatcher loop = new ScanningMatcher(() -> all);
    int matched = 0;
    for (int i = 0; i < 100; i++) {
      CooperationEvent event = MatchingBenchmark.event(i, random);
      List<String> expected = loop.subscribersOf(event).stream().map(Subscription::getId).sorted().toList();
      assertThat(index.subscribersOf(event).stream().map(Subscription::getId).sorted().toList())
          .isEqualTo(expected);
      matched += expected.size();
    }
    assertThat(matched).as("the data makes matching do real work").isGreaterThan(100);
  }
}
