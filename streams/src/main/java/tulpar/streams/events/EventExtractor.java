package tulpar.streams.events;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import tulpar.schemas.EventMention;
import tulpar.schemas.EventStatus;
import tulpar.schemas.EventType;
import tulpar.streams.lexicon.Gazetteer;
import tulpar.streams.lexicon.Organization;
import tulpar.streams.reading.ArticleReading;
import tulpar.streams.reading.Clauses;
import tulpar.streams.reading.Sentence;
import tulpar.streams.text.Words;

/**
 * Extracts the cooperation events an article reports, sentence by sentence:
 *
 * <ul>
 *   <li>a SUMMIT from a summit noun (with its organisation, "Turkic", or two Turkic parties), from a meeting of
 *       a leaders' council (High-Level Strategic Cooperation Council, Supreme Interstate Council), or from a
 *       state visit with two Turkic leaders;</li>
 *   <li>a MEETING from a meeting of a ministerial or lower body (Joint Strategic Planning Group, Council of
 *       Foreign Ministers, …) or a ministerial format between Turkic states;</li>
 *   <li>an AGREEMENT from a kind of document ("memorandum", "joint statement"), a generic word for one that the
 *       text names or counts ("20 deals on …", "Agreement on …"), or a quoted title, in a sentence about
 *       signing it.</li>
 * </ul>
 *
 * Each gets its ordinal and qualifier, its Turkic parties (the members of its organisation, else those its
 * clause, sentence or context name), its status from the tense cue nearest to it, its date resolved against
 * the article's date, its venue, a name built alike in every language, and the sentence as evidence. An
 * agreement signed without a date of its own was signed at the meeting the article last reported held
 * ("The meeting concluded with the signing of …"). Events of long ago, and agreements only ratified now, are
 * background: recorded, not news.
 */
public final class EventExtractor {

  /** Words that may stand between an ordinal or qualifier and its event: "the eighth annual meeting". */
  private static final int WORDS_BEFORE_EVENT = 2;
  /** Words that may separate a summit noun from a meeting noun of the same event: "Zirve toplantısı". */
  private static final int NOUNS_TOGETHER_WORDS = 2;
  private static final int BACKGROUND_DAYS = 14;
  private static final int MIN_PARTIES = 2;

  private final EventNames names;
  private final Gazetteer gazetteer;

  public EventExtractor(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.names = new EventNames(gazetteer);
  }

  public List<EventMention> extract(ArticleReading reading) {
    ArticleEvents events = new ArticleEvents();
    SortedSet<String> previousParties = new TreeSet<>();
    boolean leadsWithRatification = false;
    for (Sentence sentence : reading.sentences()) {
      SentenceScope scope = new SentenceScope(reading, sentence, gazetteer);
      leadsWithRatification |= sentence == reading.sentences().get(0) && !scope.cues(Cue.RATIFY).isEmpty();
      for (EventDraft draft : meetingsAndSummits(scope)) {
        if (complete(scope, draft, previousParties, Optional.empty())) {
          events.add(draft);
        }
      }
      for (EventDraft draft : agreements(scope)) {
        if (complete(scope, draft, previousParties, events.lastHeld())) {
          events.add(draft);
        }
      }
      previousParties = scope.turkicStates(sentence.foldedStart(), sentence.foldedEnd());
    }
    // An article that leads with a ratification or an entry into force is about that step: the signing and
    // the meetings it recalls happened earlier, even when the article's own date is unknown.
    return events.mentions(reading.anchorDate(), BACKGROUND_DAYS, leadsWithRatification);
  }

  private List<EventDraft> meetingsAndSummits(SentenceScope scope) {
    List<EventDraft> drafts = new ArrayList<>();
    List<CueMatch> summits = scope.cues(Cue.SUMMIT, Cue.HEADS_OF_GOVERNMENT);
    for (CueMatch noun : summits) {
      Optional<BodyRef> body = scope.bodyNear(noun.start(), noun.end(), true);
      boolean otherFormat = body.map(b -> !b.organization().turkic())
          .orElseGet(() -> scope.nonTurkicStateNear(noun.start(), noun.end()));
      if (!otherFormat) {
        drafts.add(draft(scope, EventType.SUMMIT, noun.cue(), noun.start(), noun.end(), body));
      }
    }
    for (CueMatch noun : scope.cues(Cue.MEETING)) {
      boolean partOfSummit = summits.stream().anyMatch(s ->
          Words.apart(scope.folded, s.start(), s.end(), noun.start(), noun.end()) <= NOUNS_TOGETHER_WORDS);
      Optional<BodyRef> body = scope.bodyNear(noun.start(), noun.end(), false);
      if (!partOfSummit && body.isPresent() && body.get().organization().turkic()) {
        body.get().organization().meetingType().ifPresent(type ->
            drafts.add(draft(scope, type, Cue.MEETING, noun.start(), noun.end(), body)));
      }
    }
    for (CueMatch format : scope.cues(Cue.STANDALONE_MEETING)) {
      drafts.add(draft(scope, EventType.MEETING, Cue.STANDALONE_MEETING, format.start(), format.end(),
          Optional.empty()));
    }
    for (CueMatch visit : scope.cues(Cue.STATE_VISIT, Cue.VISIT)) {
      if (visit.cue() == Cue.STATE_VISIT || scope.turkicHeadsOfState() >= MIN_PARTIES) {
        drafts.add(draft(scope, EventType.SUMMIT, visit.cue(), visit.start(), visit.end(), Optional.empty()));
      }
    }
    return drafts;
  }

  private EventDraft draft(SentenceScope scope, EventType type, Cue trigger, int start, int end,
                           Optional<BodyRef> body) {
    int phraseStart = Math.min(start, body.map(BodyRef::start).orElse(start));
    int phraseEnd = Math.max(end, body.map(BodyRef::end).orElse(end));
    EventDraft draft = new EventDraft(type, trigger, phraseStart, phraseEnd);
    body.ifPresent(b -> {
      draft.body = b.organization();
      draft.parentBody = b.organization().scope() == Organization.Scope.PARTIES ? scope.parentOf(b).orElse(null)
          : null;
    });
    return draft;
  }

  /** Documents named in a sentence about signing (or ratifying) them. */
  private List<EventDraft> agreements(SentenceScope scope) {
    if (scope.cues(Cue.SIGNED, Cue.SIGN_FUTURE, Cue.SIGNING, Cue.DRAFT, Cue.RATIFY).isEmpty()) {
      return List.of();
    }
    List<EventDraft> drafts = new ArrayList<>();
    for (int[] title : QuotedTitles.find(scope)) {
      EventDraft draft = new EventDraft(EventType.AGREEMENT, Cue.AGREEMENT, title[0], title[1]);
      draft.name = scope.reading.text().span(title[0], title[1]).getText().strip();
      drafts.add(draft);
    }
    for (CueMatch noun : scope.cues(Cue.AGREEMENT, Cue.DOCUMENT)) {
      boolean covered = drafts.stream().anyMatch(d -> d.phraseStart <= noun.start() && noun.end() <= d.phraseEnd)
          || scope.organizations.stream().anyMatch(o -> o.overlaps(noun.match()));
      int[] range = AgreementNames.range(scope, noun);
      boolean named = range[0] < noun.start() || range[1] > noun.end();
      if (!covered && (named || noun.cue() == Cue.AGREEMENT) && !isVague(scope, noun)) {
        EventDraft draft = new EventDraft(EventType.AGREEMENT, Cue.AGREEMENT, range[0], range[1]);
        draft.name = scope.reading.text().span(range[0], range[1]).getText().strip();
        drafts.add(draft);
      }
    }
    return drafts;
  }

  /** "a number of agreements", "bir neçə sənəd": documents the text does not single out. */
  private static boolean isVague(SentenceScope scope, CueMatch noun) {
    return scope.cues(Cue.VAGUE).stream().anyMatch(v -> v.end() <= noun.start()
        && Words.between(scope.folded, v.end(), noun.start()) <= WORDS_BEFORE_EVENT);
  }

  /**
   * Fills in what the sentence says about a draft; false when that is too little to make it an event: no
   * status, fewer than two Turkic parties, or a meeting or summit with nothing to tell it by (no ordinal, date
   * or venue: "scheduling upcoming summit meetings").
   */
  private boolean complete(SentenceScope scope, EventDraft draft, Set<String> previousParties,
                           Optional<EventDraft> context) {
    Clauses.Clause clause = scope.clauseOf(draft.phraseStart);
    if (draft.type != EventType.AGREEMENT) {
      draft.ordinal = scope.ordinals.stream().filter(o -> belongsTo(scope, o.start(), o.end(), draft))
          .reduce((first, nearer) -> nearer).orElse(null);
      draft.qualifier = scope.cues(Cue.INFORMAL, Cue.EXTRAORDINARY).stream()
          .filter(q -> belongsTo(scope, q.start(), q.end(), draft)).map(CueMatch::cue).findFirst().orElse(null);
    }
    draft.parties = parties(scope, draft, clause, previousParties, context);
    draft.ratified = draft.type == EventType.AGREEMENT && !scope.cues(Cue.RATIFY).isEmpty();
    draft.status = EventStatusRules.status(scope, draft, clause);
    placeAndDate(scope, draft, clause, context);
    if (draft.status == null) {
      draft.status = EventStatusRules.fromDate(draft, scope.reading.anchorDate());
    }
    boolean identified = draft.type == EventType.AGREEMENT || draft.ordinal != null || draft.date != null
        || draft.place != null;
    if (draft.date == null && !EventStatusRules.isAhead(draft.status)) {
      // Reported as done with no date: it happened in the year the article was written.
      draft.date = scope.reading.anchorDate().map(day -> EventDate.ofYear(day.getYear())).orElse(null);
    }
    if (draft.name == null) {
      draft.name = names.name(draft);
    }
    draft.evidence = scope.evidence();
    return identified && draft.status != null && draft.parties.size() >= MIN_PARTIES;
  }

  /**
   * The date nearest to the event, its clause first, and its venue. An agreement signed without a date of its
   * own takes the date and venue of the meeting the article last reported held.
   */
  private static void placeAndDate(SentenceScope scope, EventDraft draft, Clauses.Clause clause,
                                   Optional<EventDraft> context) {
    int at = draft.phraseStart;
    Optional<DateExpression> date = nearest(scope.dates.stream().filter(d -> clause.contains(d.start())).toList(), at)
        .or(() -> nearest(scope.dates, at));
    draft.date = date.flatMap(d -> d.resolve(scope.reading.anchorDate(), EventStatusRules.isAhead(draft.status)))
        .orElse(null);
    draft.place = scope.placeNear(at, clause).orElse(null);
    boolean signedThere = draft.type == EventType.AGREEMENT && draft.date == null && context.isPresent()
        && draft.status == EventStatus.SIGNED && context.get().parties.containsAll(draft.parties);
    if (signedThere) {
      draft.date = context.get().date;
      draft.place = draft.place == null ? context.get().place : draft.place;
    }
  }

  private SortedSet<String> parties(SentenceScope scope, EventDraft draft, Clauses.Clause clause,
                                    Set<String> previousParties, Optional<EventDraft> context) {
    Organization owner = draft.parentBody != null ? draft.parentBody : draft.body;
    if (owner != null && owner.scope() == Organization.Scope.MEMBERS) {
      return new TreeSet<>(owner.members());
    }
    SortedSet<String> inClause = scope.turkicStates(clause.start(), clause.end());
    if (inClause.size() >= MIN_PARTIES) {
      return inClause;
    }
    SortedSet<String> inSentence = scope.turkicStates(scope.sentence.foldedStart(), scope.sentence.foldedEnd());
    if (inSentence.size() >= MIN_PARTIES) {
      return inSentence;
    }
    if (draft.type == EventType.AGREEMENT && context.isPresent() && context.get().parties.containsAll(inSentence)) {
      return new TreeSet<>(context.get().parties);
    }
    if (draft.body == null && draft.type != EventType.AGREEMENT) {
      return inSentence;
    }
    SortedSet<String> withPrevious = new TreeSet<>(inSentence);
    withPrevious.addAll(previousParties);
    return withPrevious;
  }

  /** Whether an ordinal or qualifier belongs to an event: inside its phrase, or just before it in its clause. */
  private static boolean belongsTo(SentenceScope scope, int start, int end, EventDraft draft) {
    if (start >= draft.phraseStart && end <= draft.phraseEnd) {
      return true;
    }
    return end <= draft.phraseStart && Words.between(scope.folded, end, draft.phraseStart) <= WORDS_BEFORE_EVENT
        && scope.clauseOf(start).equals(scope.clauseOf(draft.phraseStart));
  }

  private static Optional<DateExpression> nearest(Collection<DateExpression> dates, int at) {
    return dates.stream().min(Comparator.comparingInt(d -> Math.abs(d.start() - at)));
  }
}
