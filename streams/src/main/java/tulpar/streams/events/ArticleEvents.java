package tulpar.streams.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import tulpar.schemas.EventMention;
import tulpar.schemas.EventStatus;
import tulpar.schemas.EventType;

/**
 * The events of one article so far; mentions of one event become one.
 *
 * <ul>
 *   <li>Agreements between the same parties are one when one's name has every word of the other's (the
 *       headline's "transit memorandum" is the body's "memorandum of understanding on transit cargo"; the
 *       longer name stays).</li>
 *   <li>Meetings and summits are one when nothing tells them apart: the same kind, parties and body, and no
 *       ordinal, qualifier, date or place that differs ("the informal summit … in May" and "the summit … will be
 *       hosted by Turkistan"). An informal or extraordinary summit is not a numbered one. A mention that fits two
 *       events is left on its own.</li>
 * </ul>
 *
 * The meeting or summit last reported held is kept as the context of agreements signed "during the meeting".
 */
final class ArticleEvents {

  /** Letters two forms of a word share at least: "ресурстары" and "ресурстарын". */
  private static final int STEM = 6;

  private final List<EventDraft> events = new ArrayList<>();
  private final EventNames names;
  private EventDraft lastHeld;

  ArticleEvents(EventNames names) {
    this.names = names;
  }

  void add(EventDraft draft) {
    EventDraft event = same(draft);
    if (event == null) {
      events.add(draft);
      event = draft;
    } else {
      event.absorb(draft);
    }
    if (event.type != EventType.AGREEMENT && event.status == EventStatus.HELD) {
      lastHeld = event;
    }
  }

  /** The event the article spoke of last whose noun is of the draft's kind: a summit for "the summit". */
  Optional<EventDraft> lastLike(EventDraft draft) {
    for (int i = events.size() - 1; i >= 0; i--) {
      EventDraft known = events.get(i);
      if (known.type == draft.type && family(known.trigger) == family(draft.trigger)) {
        return Optional.of(known);
      }
    }
    return Optional.empty();
  }

  /** The agreement the article spoke of last, which "the document" refers to. */
  Optional<EventDraft> lastAgreement() {
    for (int i = events.size() - 1; i >= 0; i--) {
      if (events.get(i).type == EventType.AGREEMENT) {
        return Optional.of(events.get(i));
      }
    }
    return Optional.empty();
  }

  Optional<EventDraft> lastHeld() {
    return Optional.ofNullable(lastHeld);
  }

  /** The events as mentions; {@code pastIsBackground} marks every event that already happened as background. */
  List<EventMention> mentions(Optional<LocalDate> anchor, int backgroundDays, boolean pastIsBackground) {
    List<EventDraft> named = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    for (EventDraft event : events) {
      if (event.date == null && !event.mentionedOnly && !EventStatusRules.isAhead(event.status)) {
        // Reported as done, and no mention dates it: it happened in the year the article was written.
        event.date = anchor.map(day -> EventDate.ofYear(day.getYear())).orElse(null);
      }
      if (event.type != EventType.AGREEMENT) {
        event.name = names.name(event);
      }
      String id = event.identity();  // the same id exactly when the same identity: no digest needed to compare
      int twin = ids.indexOf(id);
      if (twin >= 0) {
        named.get(twin).absorb(event);
      } else {
        named.add(event);
        ids.add(id);
      }
    }
    return named.stream().map(d -> d.toMention(anchor, backgroundDays, pastIsBackground)).toList();
  }

  private EventDraft same(EventDraft draft) {
    if (draft.type == EventType.AGREEMENT) {
      for (EventDraft event : events) {
        if (sameAgreement(event, draft)) {
          return event;
        }
      }
      return null;
    }
    EventDraft fitting = null;
    for (EventDraft event : events) {
      if (fits(event, draft)) {
        if (fitting != null) {
          return null;  // a mention that fits two events is left on its own
        }
        fitting = event;
      }
    }
    return fitting;
  }

  private static boolean sameAgreement(EventDraft known, EventDraft draft) {
    if (known.type != EventType.AGREEMENT || !known.parties.equals(draft.parties)) {
      return false;
    }
    Set<String> knownWords = known.nameWords();
    Set<String> draftWords = draft.nameWords();
    return covers(knownWords, draftWords) || covers(draftWords, knownWords);
  }

  /**
   * Whether every word of {@code words} recurs in {@code in}, inflected or not: "су ресурстары" is in "су
   * ресурстарын басқару", "memorandum" in "memoranda of understanding".
   */
  private static boolean covers(Set<String> in, Set<String> words) {
    for (String word : words) {
      if (!in.contains(word) && !anySameStem(word, in)) {
        return false;
      }
    }
    return true;
  }

  private static boolean anySameStem(String word, Set<String> in) {
    for (String other : in) {
      if (sameStem(word, other)) {
        return true;
      }
    }
    return false;
  }

  private static boolean sameStem(String a, String b) {
    return a.length() >= STEM && b.length() >= STEM && a.regionMatches(0, b, 0, STEM);
  }

  private static boolean fits(EventDraft known, EventDraft draft) {
    return known.type == draft.type && family(known.trigger) == family(draft.trigger)
        && known.parties.equals(draft.parties) && known.body == draft.body && known.parentBody == draft.parentBody
        && agree(known.ordinal == null ? null : known.ordinal.value(), draft.ordinal == null ? null
            : draft.ordinal.value())
        && agree(known.qualifier, draft.qualifier) && !numberedAndQualified(known, draft)
        && (known.date == null || draft.date == null || known.date.sameOrWithin(draft.date))
        && agree(known.place, draft.place);
  }

  /** What a mention's noun says it is: a summit, a meeting of heads of government, a meeting, a visit. */
  private static Cue family(Cue trigger) {
    return switch (trigger) {
      case STANDALONE_MEETING -> Cue.MEETING;
      case STATE_VISIT -> Cue.VISIT;
      default -> trigger;
    };
  }

  private static boolean agree(Object known, Object reported) {
    return known == null || reported == null || Objects.equals(known, reported);
  }

  /** "an informal summit" and "the 13th summit" are two: informal and extraordinary summits are not numbered. */
  private static boolean numberedAndQualified(EventDraft a, EventDraft b) {
    return (a.qualifier != null && a.ordinal == null && b.ordinal != null && b.qualifier == null)
        || (b.qualifier != null && b.ordinal == null && a.ordinal != null && a.qualifier == null);
  }
}
