package tulpar.streams.events;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import tulpar.schemas.Span;
import tulpar.streams.lexicon.FunctionWords;
import tulpar.streams.lexicon.Gazetteer;
import tulpar.streams.lexicon.Organization;
import tulpar.streams.lexicon.Person;
import tulpar.streams.lexicon.Term;
import tulpar.streams.lexicon.Vocabulary;
import tulpar.streams.reading.ArticleReading;
import tulpar.streams.reading.Clauses;
import tulpar.streams.reading.CountryMention;
import tulpar.streams.reading.Sentence;
import tulpar.streams.text.TermMatch;
import tulpar.streams.text.Words;

/**
 * What one sentence holds that events are made of: cues, organisations, dates, ordinals, places, countries.
 * Dates, ordinals and clauses are worked out on first use: most sentences never need them.
 */
final class SentenceScope {

  /** Words that may separate an event noun from its body: "meeting of the Kazakhstan–Türkiye JSPG". */
  private static final int BODY_WORDS_BEFORE_NOUN = 3;
  private static final int BODY_WORDS_AFTER_NOUN = 5;
  /** "The heads of state of the OTS will hold an informal summit": a verb of holding links a body further off. */
  private static final int SUBJECT_WORDS_BEFORE_NOUN = 6;
  private static final int NON_TURKIC_WORDS = 2;
  private static final String ORGANIZATION_OF_TURKIC_STATES = "Organization of Turkic States";
  private static final Set<Cue> HOLDING = EnumSet.of(Cue.CONVENE, Cue.HELD, Cue.FUTURE, Cue.ANNOUNCE);
  /** How many words back a locative may start: "in the city of Turkistan" is four words. */
  private static final int LOCATIVE_REACH = 6;

  final ArticleReading reading;
  final Sentence sentence;
  final String folded;
  final List<CueMatch> cues;
  final List<TermMatch<Term>> organizations;
  private final Gazetteer gazetteer;
  private List<DateExpression> dates;
  private List<Ordinal> ordinals;
  private List<TermMatch<Term>> venues;
  private List<int[]> titles;
  private Span evidence;

  SentenceScope(ArticleReading reading, Sentence sentence, Gazetteer gazetteer) {
    this.reading = reading;
    this.sentence = sentence;
    this.gazetteer = gazetteer;
    this.folded = reading.text().folded();
    List<TermMatch<Term>> cueMatches = reading.matches().within(Vocabulary.EVENT_CUE, sentence.foldedStart(),
        sentence.foldedEnd());
    List<CueMatch> found = new ArrayList<>(cueMatches.size());
    cueMatches.forEach(m -> found.add(CueMatch.of(m)));
    this.cues = found;
    this.organizations = reading.matches().within(Vocabulary.ORGANIZATION, sentence.foldedStart(),
        sentence.foldedEnd());
  }

  /** The cues of the given kinds, in text order (not to be changed: most often the one empty list). */
  List<CueMatch> cues(Cue first, Cue... more) {
    long wanted = mask(first, more);
    List<CueMatch> found = null;
    for (CueMatch cue : cues) {
      if ((wanted & 1L << cue.cue().ordinal()) != 0) {
        if (found == null) {
          found = new ArrayList<>(2);
        }
        found.add(cue);
      }
    }
    return found == null ? List.of() : found;
  }

  boolean has(Cue first, Cue... more) {
    long wanted = mask(first, more);
    for (CueMatch cue : cues) {
      if ((wanted & 1L << cue.cue().ordinal()) != 0) {
        return true;
      }
    }
    return false;
  }

  private static long mask(Cue first, Cue... more) {
    long mask = 1L << first.ordinal();
    for (Cue cue : more) {
      mask |= 1L << cue.ordinal();
    }
    return mask;
  }

  List<Clauses.Clause> clauses() {
    return reading.clauses(sentence);
  }

  Clauses.Clause clauseOf(int offset) {
    return Clauses.containing(clauses(), offset);
  }

  List<DateExpression> dates() {
    if (dates == null) {
      dates = new DateFinder(reading, gazetteer.functionWords()).find(sentence.foldedStart(), sentence.foldedEnd());
    }
    return dates;
  }

  List<Ordinal> ordinals() {
    if (ordinals == null) {
      ordinals = OrdinalFinder.find(reading, sentence.foldedStart(), sentence.foldedEnd());
    }
    return ordinals;
  }

  /** The quoted document titles of the sentence ({@link QuotedTitles}), read once. */
  List<int[]> titles() {
    if (titles == null) {
      titles = QuotedTitles.find(this);
    }
    return titles;
  }

  Span evidence() {
    if (evidence == null) {
      evidence = reading.span(sentence);
    }
    return evidence;
  }

  Organization organization(TermMatch<Term> match) {
    return gazetteer.organization(match.payload().key());
  }

  /**
   * The organisation an event noun belongs to: one named next to it ("Summit of the Organization of Turkic
   * States", "13th OTS summit", "summit of the heads of state of the OTS"), else one that holds it ("the OTS will
   * hold an informal summit"), else "the organization" next to it (the Turkic organisation named last), else,
   * for a summit, "Turkic" next to it ("саммит глав тюркских государств").
   */
  Optional<BodyRef> bodyNear(int start, int end, boolean summit) {
    TermMatch<Term> nearest = null;
    int nearestWords = Integer.MAX_VALUE;
    for (TermMatch<Term> o : organizations) {
      if (near(o.start(), o.end(), start, end)) {
        int words = Words.apart(folded, o.start(), o.end(), start, end);
        if (words < nearestWords) {  // the first of equally near ones, as Stream.min keeps it
          nearest = o;
          nearestWords = words;
        }
      }
    }
    if (nearest != null) {
      return Optional.of(new BodyRef(organization(nearest), nearest.start(), nearest.end(), true));
    }
    TermMatch<Term> holder = null;
    for (TermMatch<Term> o : organizations) {
      if (holds(o.end(), start)) {
        holder = o;  // the last one: the nearest before the noun
      }
    }
    if (holder != null) {
      return Optional.of(new BodyRef(organization(holder), holder.start(), holder.end(), false));
    }
    Optional<BodyRef> referred = cues(Cue.ORG_ANAPHOR).stream()
        .filter(a -> near(a.start(), a.end(), start, end))
        .flatMap(a -> lastTurkicOrganizationBefore(a.start())
            .map(o -> new BodyRef(o, a.start(), a.end(), true)).stream())
        .findFirst();
    if (referred.isPresent() || !summit) {
      return referred;
    }
    return cues(Cue.TURKIC).stream().filter(t -> near(t.start(), t.end(), start, end)).findFirst()
        .map(t -> new BodyRef(gazetteer.organization(ORGANIZATION_OF_TURKIC_STATES), t.start(), t.end(), true));
  }

  /** Whether an organisation ending at {@code bodyEnd} is the subject of a verb that holds the noun after it. */
  private boolean holds(int bodyEnd, int nounStart) {
    return bodyEnd <= nounStart && noClauseBreak(bodyEnd, nounStart)
        && wordsBetween(bodyEnd, nounStart) <= SUBJECT_WORDS_BEFORE_NOUN
        && cues.stream().anyMatch(c -> HOLDING.contains(c.cue()) && c.start() >= bodyEnd && c.end() <= nounStart);
  }

  /** A Turkic organisation with members named right next to a body: the OTS of "TDT Dışişleri Bakanları Konseyi". */
  Optional<Organization> parentOf(BodyRef body) {
    return organizations.stream()
        .filter(o -> o.start() != body.start() && near(o.start(), o.end(), body.start(), body.end()))
        .map(this::organization)
        .filter(o -> o.scope() == Organization.Scope.MEMBERS)
        .findFirst();
  }

  /** The clause test first: it is a look-up, where counting words reads every char between. */
  private boolean near(int start, int end, int nounStart, int nounEnd) {
    if (end <= nounStart) {
      return noClauseBreak(end, nounStart) && wordsBetween(end, nounStart) <= BODY_WORDS_BEFORE_NOUN;
    }
    if (start >= nounEnd) {
      return noClauseBreak(nounEnd, start) && wordsBetween(nounEnd, start) <= BODY_WORDS_AFTER_NOUN;
    }
    return true;
  }

  /** The words between two offsets, "heads of state" not counted: it says whose summit, not which. */
  private int wordsBetween(int from, int to) {
    int words = Words.between(folded, from, to);
    for (CueMatch cue : cues) {
      if (cue.cue() == Cue.HEADS_OF_STATE && cue.start() >= from && cue.end() <= to) {
        words -= Words.between(folded, cue.start(), cue.end());
      }
    }
    return words;
  }

  private boolean noClauseBreak(int from, int to) {
    return clauseOf(from).equals(clauseOf(Math.max(from, to - 1)));
  }

  private Optional<Organization> lastTurkicOrganizationBefore(int offset) {
    Organization last = null;
    for (TermMatch<Term> match : reading.matches().of(Vocabulary.ORGANIZATION)) {
      if (match.end() > offset) {
        break;
      }
      Organization organization = organization(match);
      if (organization.scope() == Organization.Scope.MEMBERS) {
        last = organization;
      }
    }
    return Optional.ofNullable(last);
  }

  /**
   * The Turkic states named in {@code [start, end)} of the folded text, with the rest of a list of states that
   * runs over its edges ("Түркия, Қырғызстан, Әзірбайжан мен Қазақстанның арасында").
   */
  SortedSet<String> turkicStates(int start, int end) {
    List<CountryMention> mentions = reading.countryMentionsIn(sentence.foldedStart(), sentence.foldedEnd());
    int first = 0;
    while (first < mentions.size() && mentions.get(first).start() < start) {
      first++;
    }
    int last = first - 1;
    while (last + 1 < mentions.size() && mentions.get(last + 1).match().end() <= end) {
      last++;
    }
    SortedSet<String> states = new TreeSet<>();
    if (last < first) {
      return states;
    }
    while (first > 0 && listed(mentions.get(first - 1), mentions.get(first))) {
      first--;
    }
    while (last + 1 < mentions.size() && listed(mentions.get(last), mentions.get(last + 1))) {
      last++;
    }
    for (CountryMention mention : mentions.subList(first, last + 1)) {
      if (mention.turkic()) {
        states.add(mention.code());
      }
    }
    return states;
  }

  /** Whether two mentions are items of one list: only a comma or a conjunction between them. */
  private boolean listed(CountryMention before, CountryMention after) {
    int from = before.match().end();
    int to = after.start();
    int dot = folded.indexOf('.', from);
    return to >= from && Words.between(folded, from, to, 1) <= 1 && (dot < 0 || dot >= to);
  }

  /** Whether a non-Turkic state is named right by an event noun in its clause: the "China–Central Asia Summit". */
  boolean nonTurkicStateNear(int start, int end) {
    Clauses.Clause clause = clauseOf(start);
    return reading.countryMentionsIn(clause.start(), clause.end()).stream()
        .filter(c -> !c.turkic())
        .anyMatch(c -> Words.apart(folded, c.start(), c.match().end(), start, end, NON_TURKIC_WORDS)
            <= NON_TURKIC_WORDS);
  }

  /** The Turkic states whose head of state or government this sentence names. */
  SortedSet<String> turkicHeadsOfState() {
    SortedSet<String> heads = new TreeSet<>();
    for (CountryMention mention : reading.countryMentionsIn(sentence.foldedStart(), sentence.foldedEnd())) {
      TermMatch<Term> match = mention.match();
      if (match.payload().vocabulary() == Vocabulary.PERSON
          && gazetteer.person(match.payload().key()).role() == Person.Role.HEAD
          && mention.turkic()) {
        heads.add(mention.code());
      }
    }
    return heads;
  }

  /** The city where something in this sentence happens, its own clause first, nearest to {@code at}. */
  Optional<String> placeNear(int at, Clauses.Clause clause) {
    if (venues == null) {
      venues = new ArrayList<>(2);
      for (TermMatch<Term> place : reading.matches().within(Vocabulary.PLACE, sentence.foldedStart(),
          sentence.foldedEnd())) {
        if (isVenue(place)) {
          venues.add(place);
        }
      }
    }
    TermMatch<Term> inClause = null;
    TermMatch<Term> anywhere = null;
    for (TermMatch<Term> venue : venues) {
      int distance = Math.abs(venue.start() - at);
      if (clause.contains(venue.start()) && (inClause == null || distance < Math.abs(inClause.start() - at))) {
        inClause = venue;
      }
      if (anywhere == null || distance < Math.abs(anywhere.start() - at)) {
        anywhere = venue;
      }
    }
    TermMatch<Term> nearest = inClause != null ? inClause : anywhere;
    return nearest == null ? Optional.empty() : Optional.of(nearest.payload().key());
  }

  /**
   * A city is a venue when a locative marks it ("in Ankara", "in the Avaza zone", "in the city of Turkistan",
   * "Astanada", "Түркістан қаласында"), or a hosting verb stands next to it ("примет Туркестан").
   */
  private boolean isVenue(TermMatch<Term> place) {
    String ending = place.ending().replace("'", "");
    if (!ending.isEmpty() && gazetteer.isLocative(ending)) {
      return true;
    }
    boolean hosted = cues(Cue.ANNOUNCE).stream().anyMatch(h ->
        Words.apart(folded, h.start(), h.end(), place.start(), place.end(), 1) <= 1);
    return hosted || locativeBefore(place) || locativeAfter(place);
  }

  /** A locative that ends at most one word before the place. */
  private boolean locativeBefore(TermMatch<Term> place) {
    WordCursor words = new WordCursor(reading);
    int start = place.start();
    for (int k = 0; k < LOCATIVE_REACH; k++) {
      start = words.wordStartBefore(start, sentence.foldedStart());
      if (start < 0) {
        return false;
      }
      int end = gazetteer.functionWords().end(reading.text(), start, FunctionWords.Kind.LOCATIVE);
      if (end >= 0 && end <= place.start() && Words.between(folded, end, place.start(), 1) <= 1) {
        return true;
      }
    }
    return false;
  }

  /** A locative postposition right after the place ("şehrinde"). */
  private boolean locativeAfter(TermMatch<Term> place) {
    int next = new WordCursor(reading).nextWord(place.end(), sentence.foldedEnd());
    return next >= 0 && gazetteer.functionWords().startsAt(reading.text(), next, FunctionWords.Kind.LOCATIVE);
  }
}
