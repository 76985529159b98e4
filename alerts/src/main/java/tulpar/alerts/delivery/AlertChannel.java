package tulpar.alerts.delivery;

import tulpar.schemas.Subscription;

/**
 * One way of reaching subscribers (webhook, email). Like Alertmanager's notifiers, a channel makes one attempt
 * and says what happened and whether another attempt could help; retries, receipts, dead letters, concurrency
 * limits and circuit breakers belong to the {@link DeliveryDispatcher}.
 */
public interface AlertChannel {

  SendResult send(Notification notification, Subscription subscription);

  /**
   * Where the subscription's messages go, e.g. the webhook's host or the SMTP server: attempts are limited and
   * circuit-broken per endpoint, so one slow or dead endpoint never holds up the others.
   */
  String endpoint(Subscription subscription);
}
