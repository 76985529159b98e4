package tulpar.alerts.delivery;

import java.util.List;
import tulpar.alerts.delivery.OffsetTracker.Ticket;

/**
 * One attempt at one notification; {@code number} is 1 for the first. The tickets are those of the alerts it
 * carries: one, or a digest's.
 */
record Attempt(Notification notification, List<Ticket> tickets, int number) {

  Attempt {
    tickets = List.copyOf(tickets);
  }

  Attempt next() {
    return new Attempt(notification, tickets, number + 1);
  }

  String subscriptionId() {
    return notification.subscriptionId();
  }

  /**
   * False once any of its alerts was revoked from this consumer, which then redelivers it elsewhere. A digest's
   * alerts share a partition (tulpar.alerts is keyed by subscription), so they are revoked together.
   */
  boolean isLive() {
    return tickets.stream().allMatch(Ticket::isLive);
  }

  void finish() {
    tickets.forEach(Ticket::finish);
  }
}
