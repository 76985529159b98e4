package tulpar.streams.events;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
  /** For agreements: what the text says the document is. */
  AgreementDescriber.Description description;
  /** A document named in passing, with no word of signing it: it exists, and is no news. */
  boolean mentionedOnly;
  /** A generic word for a document ("the document", "hujjat") that stands for the agreement named before. */
  boolean refersBack;
  SortedSet<String> parties = new TreeSet<>();
  EventStatus status;
  EventDate date;
  String place;
  String name;
  boolean ratified;
  Span evidence;
  private Set<String> nameWords;
  private String wordsOf;
  private String normalisedName;
  private String normalisedOf;

  EventDraft(EventType type, Cue trigger, int phraseStart, int phraseEnd) {
    this.type = type;
    this.trigger = trigger;
    this.phraseStart = phraseStart;
    this.phraseEnd = phraseEnd;
  }

  /** The words of the name, normalised as ids normalise them. */
  Set<String> nameWords() {
    if (nameWords == null || !name.equals(wordsOf)) {
      nameWords = new HashSet<>(Arrays.asList(normalisedName().split(" ")));
      wordsOf = name;
    }
    return nameWords;
  }

  /** The name as ids normalise it, worked out again only when the name changed. */
  private String normalisedName() {
    if (normalisedName == null || !name.equals(normalisedOf)) {
      normalisedName = EventIds.normalise(name);
      normalisedOf = name;
    }
    return normalisedName;
  }

  /**
   * What the event's id ({@link EventIds#of}) is a digest of: equal for two drafts exactly when their ids are,
   * and cheaper to make.
   */
  String identity() {
    // A sorted set in natural order is already in the order the identity sorts parties into.
    Iterable<String> sorted = parties.comparator() == null ? parties : parties.stream().sorted().toList();
    return EventIds.identity(type, sorted, name, normalisedName(), date == null ? null : date.iso());
  }

  /**
   * Takes what a later mention of the same event adds: a further status, a sharper date, a place, an ordinal or
   * qualifier, a fuller agreement name (with the sentence that gives it as evidence).
   */
  void absorb(EventDraft later) {
    if (type == EventType.AGREEMENT && later.name.length() > name.length()) {
      name = later.name;
      evidence = later.evidence;
    }
    status = EventStatuses.forward(status, later.status);
    if (date == null || (!date.hasDay() && later.date != null && later.date.hasDay())) {
      date = later.date == null ? date : later.date;
    }
    place = place == null ? later.place : place;
    ordinal = ordinal == null ? later.ordinal : ordinal;
    qualifier = qualifier == null ? later.qualifier : qualifier;
    ratified |= later.ratified;
    mentionedOnly &= later.mentionedOnly;
  }

  EventMention toMention(Optional<LocalDate> anchor, int backgroundDays, boolean pastIsBackground) {
    boolean past = status == EventStatus.HELD || status == EventStatus.SIGNED;
    boolean background = ratified || mentionedOnly || (pastIsBackground && past)
        || (date != null && anchor.isPresent() && date.isLongBefore(anchor.get(), backgroundDays));
    return new EventMention(type, name, List.copyOf(parties), status, date == null ? null : date.iso(), place,
        !background, evidence);
  }
}
