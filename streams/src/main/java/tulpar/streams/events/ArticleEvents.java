package tulpar.streams.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import tulpar.schemas.EventMention;
import tulpar.schemas.EventStatus;
import tulpar.schemas.EventType;

/**
 * The events of one article so far. Mentions of one event become one: the same id, or, for agreements
 * between the same parties, a name whose words all recur in the other's (the headline's "transit memorandum"
 * is the body's "Memorandum of Understanding on transit cargo …"; the longer name stays). The meeting or
 * summit last reported held is kept as the context of agreements signed "during the meeting".
 */
final class ArticleEvents {

  private final List<EventDraft> events = new ArrayList<>();
  private EventDraft lastHeld;

  void add(EventDraft draft) {
    Optional<EventDraft> same = events.stream().filter(e -> isSame(e, draft)).findFirst();
    EventDraft event = same.orElse(draft);
    if (same.isPresent()) {
      event.absorb(draft);
    } else {
      events.add(draft);
    }
    if (event.type != EventType.AGREEMENT && event.status == EventStatus.HELD) {
      lastHeld = event;
    }
  }

  Optional<EventDraft> lastHeld() {
    return Optional.ofNullable(lastHeld);
  }

  /** The events as mentions; {@code pastIsBackground} marks every event that already happened as background. */
  List<EventMention> mentions(Optional<LocalDate> anchor, int backgroundDays, boolean pastIsBackground) {
    return events.stream().map(d -> d.toMention(anchor, backgroundDays, pastIsBackground)).toList();
  }

  private static boolean isSame(EventDraft known, EventDraft draft) {
    if (known.id().equals(draft.id())) {
      return true;
    }
    if (known.type != EventType.AGREEMENT || draft.type != EventType.AGREEMENT
        || !known.parties.equals(draft.parties)) {
      return false;
    }
    Set<String> knownWords = words(known.name);
    Set<String> draftWords = words(draft.name);
    return knownWords.containsAll(draftWords) || draftWords.containsAll(knownWords);
  }

  private static Set<String> words(String name) {
    return Arrays.stream(EventIds.normalise(name).split(" ")).collect(Collectors.toSet());
  }
}
