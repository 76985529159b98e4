package tulpar.alerts.matching;

import java.util.List;
import tulpar.schemas.CooperationEvent;
import tulpar.schemas.Subscription;

/** Finds the subscriptions an event is news for. An index over the filters can replace the scan behind it. */
public interface SubscriptionMatcher {

  /** The enabled subscriptions whose filter accepts the event. */
  List<Subscription> subscribersOf(CooperationEvent event);
}
