package tulpar.streams.events;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import tulpar.schemas.EventMention;
import tulpar.schemas.EventStatus;
import tulpar.schemas.EventType;
import tulpar.schemas.Span;
import tulpar.streams.lexicon.Organization;

/** An event as the extractor assembles it from one or more mentions in an article. */
final class EventDraft {

  final EventType type;
  final Cue trigger;
  final int phraseStart;
  final int phraseEnd;
  Organization body;
  Organization parentBody;
  Ordinal ordinal;
  Cue qualifier;
  SortedSet<String> parties = new TreeSet<>();
  EventStatus status;
  EventDate date;
  String place;
  String name;
  boolean ratified;
  Span evidence;

  EventDraft(EventType type, Cue trigger, int phraseStart, int phraseEnd) {
    this.type = type;
    this.trigger = trigger;
    this.phraseStart = phraseStart;
    this.phraseEnd = phraseEnd;
  }

  String id() {
    return EventIds.of(type, List.copyOf(parties), name, date == null ? null : date.iso());
  }

  /**
   * Takes what a later mention of the same event adds: a further status, a sharper date, a place, a fuller
   * name (with the sentence that gives it as evidence).
   */
  void absorb(EventDraft later) {
    if (later.name.length() > name.length() && type == EventType.AGREEMENT) {
      name = later.name;
      evidence = later.evidence;
    }
    status = EventStatuses.forward(status, later.status);
    if (date == null || (!date.hasDay() && later.date != null && later.date.hasDay())) {
      date = later.date == null ? date : later.date;
    }
    place = place == null ? later.place : place;
    ratified |= later.ratified;
  }

  EventMention toMention(Optional<LocalDate> anchor, int backgroundDays, boolean pastIsBackground) {
    boolean past = status == EventStatus.HELD || status == EventStatus.SIGNED;
    boolean background = ratified || (pastIsBackground && past)
        || (date != null && anchor.isPresent() && date.isLongBefore(anchor.get(), backgroundDays));
    return new EventMention(type, name, List.copyOf(parties), status, date == null ? null : date.iso(), place,
        !background, evidence);
  }
}
