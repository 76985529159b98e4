package tulpar.streams.lexicon;

import java.util.List;
import java.util.Optional;
import tulpar.schemas.EventType;

/**
 * An organisation or format. {@code scope} says whose events its meetings are; {@code meetingType} what a
 * meeting of it is (a SUMMIT for leaders' councils, a MEETING for ministers' and lower bodies).
 */
public record Organization(String name, Scope scope, Optional<EventType> meetingType, List<String> members) {

  public enum Scope {
    /** A Turkic organisation with fixed members, who are the parties to its events. */
    MEMBERS,
    /** A Turkic format between the states the text names (bilateral councils, commissions). */
    PARTIES,
    /** Not a Turkic format: its summits are not Turkic events. */
    OTHER
  }

  public boolean turkic() {
    return scope != Scope.OTHER;
  }
}
