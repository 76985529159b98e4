package tulpar.alerts.matching;

import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;
import tulpar.schemas.CooperationEvent;
import tulpar.schemas.Subscription;

/**
 * Tests every subscription's filter in turn: linear in the number of subscriptions. The service uses the
 * {@link SubscriptionIndex}; this is the plain definition the index is checked against (and benchmarked with).
 */
public final class ScanningMatcher implements SubscriptionMatcher {

  private final Supplier<? extends Collection<Subscription>> subscriptions;

  public ScanningMatcher(Supplier<? extends Collection<Subscription>> subscriptions) {
    this.subscriptions = subscriptions;
  }

  @Override
  public List<Subscription> subscribersOf(CooperationEvent event) {
    FilterPredicate predicate = new FilterPredicate(event);
    return subscriptions.get().stream()
        .filter(Subscription::getEnabled)
        .filter(s -> predicate.accepts(s.getFilter()))
        .toList();
  }
}
