package tulpar.streams.events;

import tulpar.schemas.EventStatus;

/**
 * The order statuses move in: ANNOUNCED, PLANNED, HELD for meetings and summits; PLANNED, SIGNED for
 * agreements. A status never moves back: a report that an event is planned after one that it was held
 * changes nothing.
 */
public final class EventStatuses {

  private EventStatuses() {}

  private static int rank(EventStatus status) {
    if (status == null) {
      return -1;
    }
    return switch (status) {
      case UNKNOWN -> 0;
      case ANNOUNCED -> 1;
      case PLANNED -> 2;
      case HELD, SIGNED -> 3;
    };
  }

  /** The further along of two statuses; the current one when they rank alike. */
  public static EventStatus forward(EventStatus current, EventStatus reported) {
    return rank(reported) > rank(current) ? reported : current;
  }
}
