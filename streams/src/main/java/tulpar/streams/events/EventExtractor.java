package tulpar.streams.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import tulpar.schemas.EventMention;
import tulpar.schemas.EventStatus;
import tulpar.schemas.EventType;
import tulpar.streams.lexicon.Gazetteer;
import tulpar.streams.lexicon.Term;
import tulpar.streams.lexicon.Vocabulary;
import tulpar.streams.reading.ArticleReading;
import tulpar.streams.reading.Clauses;
import tulpar.streams.reading.CountryMention;
import tulpar.streams.reading.Sentence;
import tulpar.streams.text.TermMatch;
import tulpar.streams.text.Words;

/**
 * Extracts the cooperation events an article reports, sentence by sentence: meetings and summits
 * ({@link MeetingTriggers}) and agreements ({@link AgreementTriggers}), each then given its ordinal and
 * qualifier, its Turkic parties ({@link EventParties}), its status from the tense cue nearest to it, its date
 * resolved against the article's date, its venue, a name ({@link EventNames}, {@link AgreementNames}) and the
 * sentence as evidence. Only sentences with an event word are read closely.
 *
 * <p>A date goes to the event nearest to it in its sentence, and only when it fits the event's tense (a
 * meeting held cannot be dated next year). An agreement signed without a date of its own was signed at the
 * meeting the article last reported held ("The meeting concluded with the signing of …"). Items of a list
 * ("The following documents were signed:" then "– Agreement on …") are signed as their list says. Events of
 * long ago, agreements only ratified now, and documents named in passing are background: recorded, not news.
 */
public final class EventExtractor {

  /** Words that may stand between an ordinal or qualifier and its event: "the eighth annual meeting". */
  private static final int WORDS_BEFORE_EVENT = 2;
  private static final int BACKGROUND_DAYS = 14;
  /** How far before the article a planned event's date may lie (a report may come a little late). */
  private static final int PLANNED_SLACK_DAYS = 30;
  /** Sets of cue kinds as bits ({@code 1L << ordinal}): a sentence's kinds are tested at every sentence. */
  private static final long TRIGGERS = bits(Cue.SUMMIT, Cue.HEADS_OF_GOVERNMENT, Cue.MEETING,
      Cue.STANDALONE_MEETING, Cue.STATE_VISIT, Cue.VISIT, Cue.AGREEMENT, Cue.DOCUMENT);
  private static final long SIGNING = bits(Cue.SIGNED, Cue.SIGN_FUTURE, Cue.SIGNING, Cue.DRAFT, Cue.RATIFY);

  private final EventNames names;
  private final AgreementNames agreementNames;
  private final Gazetteer gazetteer;

  public EventExtractor(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.names = new EventNames(gazetteer);
    this.agreementNames = new AgreementNames(gazetteer);
  }

  private static long bits(Cue... cues) {
    long bits = 0;
    for (Cue cue : cues) {
      bits |= 1L << cue.ordinal();
    }
    return bits;
  }

  private static boolean has(long kinds, Cue cue) {
    return (kinds & 1L << cue.ordinal()) != 0;
  }

  /** What a list ("… the following documents were signed:") tells its items. */
  private record ListContext(boolean signing, boolean future, SortedSet<String> parties) {}

  public List<EventMention> extract(ArticleReading reading) {
    if (!mayHaveTurkicParties(reading)) {
      return List.of();
    }
    ArticleEvents events = new ArticleEvents(names);
    EventParties parties = new EventParties(reading, gazetteer);
    SortedSet<String> previous = new TreeSet<>();
    SortedSet<String> lastGroup = new TreeSet<>();
    boolean leadsWithRatification = false;
    boolean previousSigns = false;
    ListContext list = null;
    List<Sentence> sentences = reading.sentences();
    List<TermMatch<Term>> cues = reading.matches().of(Vocabulary.EVENT_CUE);
    int next = 0;
    for (int i = 0; i < sentences.size(); i++) {
      Sentence sentence = sentences.get(i);
      long kinds = 0;
      while (next < cues.size() && cues.get(next).start() < sentence.foldedEnd()) {
        kinds |= 1L << Cue.of(cues.get(next++).payload().key()).ordinal();
      }
      boolean signs = (kinds & SIGNING) != 0;
      boolean item = list != null && startsListItem(reading, sentence);
      leadsWithRatification |= i == 0 && has(kinds, Cue.RATIFY);
      SortedSet<String> states = turkicStates(reading, sentence);
      if ((kinds & TRIGGERS) != 0) {
        SentenceScope scope = new SentenceScope(reading, sentence, gazetteer);
        ListContext context = item ? list : null;
        read(scope, events, parties, context == null ? previous : context.parties(), lastGroup, signs, context);
      }
      if (endsWithColon(reading, sentence)) {
        boolean future = has(kinds, Cue.SIGN_FUTURE) || has(kinds, Cue.DRAFT);
        list = new ListContext(signs || previousSigns, future, states.size() >= EventParties.MIN_PARTIES ? states
            : new TreeSet<>(previous));
      } else if (!item) {
        list = null;
      }
      previousSigns = signs;
      // The states of a sentence about a foreign partner or format are no parties to what follows it.
      previous = namesForeignPartner(reading, sentence) ? new TreeSet<>() : states;
      if (previous.size() >= EventParties.MIN_PARTIES) {
        lastGroup = previous;
      }
    }
    // An article that leads with a ratification or an entry into force is about that step: the signing and
    // the meetings it recalls happened earlier, even when the article's own date is unknown.
    return events.mentions(reading.anchorDate(), BACKGROUND_DAYS, leadsWithRatification);
  }

  /**
   * An event needs two Turkic parties, and parties come from the Turkic states an article names or from a Turkic
   * organisation's members: without either, there is nothing to read.
   */
  private boolean mayHaveTurkicParties(ArticleReading reading) {
    String first = null;
    for (CountryMention mention : reading.countryMentions()) {
      if (mention.turkic()) {
        if (first != null && !first.equals(mention.code())) {
          return true;
        }
        first = mention.code();
      }
    }
    return reading.matches().of(Vocabulary.ORGANIZATION).stream()
        .anyMatch(o -> gazetteer.organization(o.payload().key()).turkic());
  }

  private void read(SentenceScope scope, ArticleEvents events, EventParties parties, SortedSet<String> previous,
                    SortedSet<String> lastGroup, boolean signs, ListContext list) {
    List<int[]> titles = scope.titles();  // a meeting named inside a document's title is no event
    List<EventDraft> meetings = MeetingTriggers.find(scope).stream()
        .filter(d -> titles.stream().noneMatch(t -> t[0] <= d.phraseStart && d.phraseEnd <= t[1])).toList();
    List<EventDraft> agreements = AgreementTriggers.find(scope, gazetteer.functionWords(),
        signs || (list != null && list.signing()));
    List<EventDraft> all = new ArrayList<>(meetings);
    all.addAll(agreements);
    for (EventDraft draft : meetings) {
      if (complete(scope, draft, all, parties, previous, lastGroup, Optional.empty(), list, events::lastLike,
          events::lastAgreement)) {
        events.add(draft);
      }
    }
    for (EventDraft draft : agreements) {
      if (complete(scope, draft, all, parties, previous, lastGroup, events.lastHeld(), list, events::lastLike,
          events::lastAgreement)) {
        events.add(draft);
      }
    }
  }

  /**
   * Fills in what the sentence says about a draft; false when that is too little to make it an event: no
   * status, fewer than two Turkic parties, or a meeting or summit with nothing to tell it by (no ordinal, date
   * or venue: "scheduling upcoming summit meetings"). A visit is told by who visits whom.
   */
  private boolean complete(SentenceScope scope, EventDraft draft, List<EventDraft> siblings, EventParties parties,
                           SortedSet<String> previous, SortedSet<String> lastGroup, Optional<EventDraft> context,
                           ListContext list, Function<EventDraft, Optional<EventDraft>> earlier,
                           Supplier<Optional<EventDraft>> earlierAgreement) {
    Clauses.Clause clause = scope.clauseOf(draft.phraseStart);
    boolean agreement = draft.type == EventType.AGREEMENT;
    if (!agreement) {
      draft.ordinal = null;
      draft.qualifier = null;
      for (Ordinal ordinal : scope.ordinals()) {
        if (belongsTo(scope, ordinal.start(), ordinal.end(), draft)) {
          draft.ordinal = ordinal;  // the last one: the nearest before the event
        }
      }
      for (CueMatch qualifier : scope.cues(Cue.INFORMAL, Cue.EXTRAORDINARY)) {
        if (belongsTo(scope, qualifier.start(), qualifier.end(), draft)) {
          draft.qualifier = qualifier.cue();
          break;
        }
      }
    }
    if (draft.refersBack) {
      Optional<EventDraft> referred = earlierAgreement.get();
      if (referred.isEmpty()) {
        return false;
      }
      draft.description = referred.get().description;
    }
    draft.parties = parties.of(scope, draft, clause, previous, lastGroup, context);
    if (!agreement && draft.body == null && draft.parties.size() < EventParties.MIN_PARTIES) {
      // "The summit will be hosted by Turkistan": the summit the article spoke of before.
      earlier.apply(draft).ifPresent(known -> {
        draft.body = known.body;
        draft.parentBody = known.parentBody;
        draft.parties = known.parties;
      });
    }
    draft.ratified = agreement && scope.has(Cue.RATIFY);
    draft.status = EventStatusRules.status(scope, draft, clause);
    if (draft.status == null && agreement && list != null && list.signing()) {
      draft.status = list.future() ? EventStatus.PLANNED : EventStatus.SIGNED;
    }
    placeAndDate(scope, draft, clause, siblings, context);
    if (draft.status == null) {
      draft.status = EventStatusRules.fromDate(draft, scope.reading.anchorDate());
    }
    if (draft.status == null && draft.mentionedOnly) {
      draft.status = EventStatus.SIGNED;
    }
    boolean identified = agreement || draft.trigger == Cue.STATE_VISIT || draft.trigger == Cue.VISIT
        || draft.ordinal != null || draft.date != null || draft.place != null;
    if (draft.refersBack) {
      EventDraft referred = earlierAgreement.get().orElseThrow();
      draft.parties = referred.parties;
      draft.name = referred.name;
    } else if (agreement) {
      draft.name = agreementNames.name(draft.description, draft.parties);
      String named = draft.description.title() == null ? null : placeIn(scope, draft.phraseStart, draft.phraseEnd);
      draft.place = named != null ? named : draft.place;
    }
    draft.evidence = scope.evidence();
    return identified && draft.status != null && draft.parties.size() >= EventParties.MIN_PARTIES;
  }

  /**
   * The date nearest to the event that fits its tense: in its clause one that no other event of its kind there
   * is nearer to, else one elsewhere in the sentence ("… host an informal summit this year, while Türkiye will
   * host the 13th"); and its venue. An agreement signed without a date of its own takes the date and
   * venue of the meeting the article last reported held.
   */
  private static void placeAndDate(SentenceScope scope, EventDraft draft, Clauses.Clause clause,
                                   List<EventDraft> siblings, Optional<EventDraft> context) {
    int at = draft.phraseStart;
    boolean ahead = EventStatusRules.isAhead(draft.status);
    EventDate inClause = null;
    int inClauseDistance = Integer.MAX_VALUE;
    EventDate elsewhere = null;
    int elsewhereDistance = Integer.MAX_VALUE;
    for (DateExpression expression : scope.dates()) {
      int distance = Math.abs(expression.start() - at);
      boolean ownClause = clause.contains(expression.start());
      if (whenSaid(scope, expression) || (ownClause ? distance >= inClauseDistance : distance >= elsewhereDistance)
          || (ownClause && nearestTo(expression, draft, siblings) != draft)) {
        continue;
      }
      EventDate date = expression.resolve(scope.reading.anchorDate(), ahead).orElse(null);
      if (date != null && fitsTense(date, draft.status, scope)) {
        if (ownClause) {
          inClause = date;
          inClauseDistance = distance;
        } else {
          elsewhere = date;
          elsewhereDistance = distance;
        }
      }
    }
    draft.date = inClause != null ? inClause : elsewhere;
    draft.place = scope.placeNear(at, clause).orElse(null);
    boolean signedThere = draft.type == EventType.AGREEMENT && draft.date == null && context.isPresent()
        && draft.status == EventStatus.SIGNED && context.get().parties.containsAll(draft.parties);
    if (signedThere) {
      draft.date = context.get().date;
      draft.place = draft.place == null ? context.get().place : draft.place;
    }
  }

  /** "said on Friday", "on Monday told": the date of the telling, not of the event. */
  private static boolean whenSaid(SentenceScope scope, DateExpression date) {
    for (CueMatch cue : scope.cues) {
      if (cue.cue() == Cue.REPORTING
          && Words.apart(scope.folded, cue.start(), cue.end(), date.start(), date.end(), 1) <= 1) {
        return true;
      }
    }
    return false;
  }

  /** The event of the same kind (agreement, or meeting and summit) nearest to a date. */
  private static EventDraft nearestTo(DateExpression date, EventDraft draft, List<EventDraft> drafts) {
    boolean agreement = draft.type == EventType.AGREEMENT;
    EventDraft nearest = null;
    for (EventDraft other : drafts) {
      if ((other.type == EventType.AGREEMENT) == agreement
          && (nearest == null || distance(date, other) < distance(date, nearest))) {
        nearest = other;
      }
    }
    return nearest;
  }

  private static int distance(DateExpression date, EventDraft draft) {
    if (date.end() <= draft.phraseStart) {
      return draft.phraseStart - date.end();
    }
    return date.start() >= draft.phraseEnd ? date.start() - draft.phraseEnd : 0;
  }

  /** A meeting held or a document signed cannot be dated after the article, nor one ahead long before it. */
  private static boolean fitsTense(EventDate date, EventStatus status, SentenceScope scope) {
    if (status == null || scope.reading.anchorDate().isEmpty()) {
      return true;
    }
    if (status == EventStatus.HELD || status == EventStatus.SIGNED) {
      return !date.isAfter(scope.reading.anchorDate().get());
    }
    return !date.isLongBefore(scope.reading.anchorDate().get(), PLANNED_SLACK_DAYS);
  }

  /** A city in a document's title ("Samarkand Declaration"): documents are named after where they were adopted. */
  private static String placeIn(SentenceScope scope, int start, int end) {
    List<TermMatch<Term>> places = scope.reading.matches().within(Vocabulary.PLACE, start, end);
    return places.isEmpty() ? null : places.get(0).payload().key();
  }

  /** Whether an ordinal or qualifier belongs to an event: inside its phrase, or just before it in its clause. */
  private static boolean belongsTo(SentenceScope scope, int start, int end, EventDraft draft) {
    if (start >= draft.phraseStart && end <= draft.phraseEnd) {
      return true;
    }
    return end <= draft.phraseStart && Words.between(scope.folded, end, draft.phraseStart, WORDS_BEFORE_EVENT)
        <= WORDS_BEFORE_EVENT
        && scope.clauseOf(start).equals(scope.clauseOf(draft.phraseStart));
  }

  private SortedSet<String> turkicStates(ArticleReading reading, Sentence sentence) {
    SortedSet<String> states = new TreeSet<>();
    for (CountryMention mention : reading.countryMentionsIn(sentence.foldedStart(), sentence.foldedEnd())) {
      if (mention.turkic()) {
        states.add(mention.code());
      }
    }
    return states;
  }

  private boolean namesForeignPartner(ArticleReading reading, Sentence sentence) {
    for (CountryMention mention : reading.countryMentionsIn(sentence.foldedStart(), sentence.foldedEnd())) {
      if (!mention.turkic()) {
        return true;
      }
    }
    for (TermMatch<Term> organization : reading.matches().within(Vocabulary.ORGANIZATION, sentence.foldedStart(),
        sentence.foldedEnd())) {
      if (!gazetteer.organization(organization.payload().key()).turkic()) {
        return true;
      }
    }
    return false;
  }

  private static boolean endsWithColon(ArticleReading reading, Sentence sentence) {
    return reading.text().original().charAt(sentence.end() - 1) == ':';
  }

  /** A line that starts with a dash or a bullet. */
  private static boolean startsListItem(ArticleReading reading, Sentence sentence) {
    char first = reading.text().original().charAt(sentence.start());
    return first == '-' || first == '–' || first == '—' || first == '•' || first == '*' || first == '·';
  }
}
