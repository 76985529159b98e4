package tulpar.alerts.delivery;

import tulpar.schemas.Alert;
import tulpar.schemas.Subscription;

/**
 * One way of reaching subscribers (webhook now, email later). Like Alertmanager's notifiers, a channel makes
 * one attempt and says what happened and whether another attempt could help; retries, receipts and dead
 * letters belong to the {@link DeliveryDispatcher}.
 */
public interface AlertChannel {

  SendResult send(Alert alert, Subscription subscription);
}
