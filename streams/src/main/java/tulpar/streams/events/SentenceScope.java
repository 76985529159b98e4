package tulpar.streams.events;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;
import tulpar.schemas.Span;
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

/** What one sentence holds that events are made of: cues, organisations, dates, ordinals, places, countries. */
final class SentenceScope {

  /** Words that may separate an event noun from its body: "meeting of the Kazakhstan–Türkiye JSPG". */
  private static final int BODY_WORDS_BEFORE_NOUN = 3;
  private static final int BODY_WORDS_AFTER_NOUN = 5;
  private static final int NON_TURKIC_WORDS = 2;
  private static final String ORGANIZATION_OF_TURKIC_STATES = "Organization of Turkic States";

  final ArticleReading reading;
  final Sentence sentence;
  final String folded;
  final List<Clauses.Clause> clauses;
  final List<CueMatch> cues;
  final List<TermMatch<Term>> organizations;
  final List<DateExpression> dates;
  final List<Ordinal> ordinals;
  private final Gazetteer gazetteer;

  SentenceScope(ArticleReading reading, Sentence sentence, Gazetteer gazetteer) {
    this.reading = reading;
    this.sentence = sentence;
    this.gazetteer = gazetteer;
    this.folded = reading.text().folded();
    this.clauses = Clauses.of(folded, sentence);
    this.cues = reading.matches().within(Vocabulary.EVENT_CUE, sentence.foldedStart(), sentence.foldedEnd())
        .stream().map(m -> new CueMatch(Cue.of(m.payload().key()), m)).toList();
    this.organizations = reading.matches().within(Vocabulary.ORGANIZATION, sentence.foldedStart(),
        sentence.foldedEnd());
    this.dates = new DateFinder(reading).find(sentence.foldedStart(), sentence.foldedEnd());
    this.ordinals = OrdinalFinder.find(reading, sentence.foldedStart(), sentence.foldedEnd());
  }

  List<CueMatch> cues(Cue first, Cue... more) {
    Set<Cue> wanted = EnumSet.of(first, more);
    return cues.stream().filter(c -> wanted.contains(c.cue())).toList();
  }

  Clauses.Clause clauseOf(int offset) {
    return Clauses.containing(clauses, offset);
  }

  Span evidence() {
    return reading.span(sentence);
  }

  Organization organization(TermMatch<Term> match) {
    return gazetteer.organization(match.payload().key());
  }

  /**
   * The organisation an event noun belongs to: one named next to it ("Summit of the Organization of Turkic
   * States", "13th OTS summit"), else "the organization" next to it (the Turkic organisation named last),
   * else, for a summit, "Turkic" next to it ("саммит глав тюркских государств").
   */
  Optional<BodyRef> bodyNear(int start, int end, boolean summit) {
    Optional<BodyRef> named = organizations.stream()
        .filter(o -> near(o.start(), o.end(), start, end))
        .min(Comparator.comparingInt(o -> Words.apart(folded, o.start(), o.end(), start, end)))
        .map(o -> new BodyRef(organization(o), o.start(), o.end()));
    if (named.isPresent()) {
      return named;
    }
    Optional<BodyRef> referred = cues(Cue.ORG_ANAPHOR).stream()
        .filter(a -> near(a.start(), a.end(), start, end))
        .flatMap(a -> lastTurkicOrganizationBefore(a.start()).map(o -> new BodyRef(o, a.start(), a.end())).stream())
        .findFirst();
    if (referred.isPresent() || !summit) {
      return referred;
    }
    return cues(Cue.TURKIC).stream().filter(t -> near(t.start(), t.end(), start, end)).findFirst()
        .map(t -> new BodyRef(gazetteer.organization(ORGANIZATION_OF_TURKIC_STATES), t.start(), t.end()));
  }

  /** A Turkic organisation with members named right next to a body: the OTS of "TDT Dışişleri Bakanları Konseyi". */
  Optional<Organization> parentOf(BodyRef body) {
    return organizations.stream()
        .filter(o -> o.start() != body.start() && near(o.start(), o.end(), body.start(), body.end()))
        .map(this::organization)
        .filter(o -> o.scope() == Organization.Scope.MEMBERS)
        .findFirst();
  }

  private boolean near(int start, int end, int nounStart, int nounEnd) {
    if (end <= nounStart) {
      return Words.between(folded, end, nounStart) <= BODY_WORDS_BEFORE_NOUN && noClauseBreak(end, nounStart);
    }
    if (start >= nounEnd) {
      return Words.between(folded, nounEnd, start) <= BODY_WORDS_AFTER_NOUN && noClauseBreak(nounEnd, start);
    }
    return true;
  }

  private boolean noClauseBreak(int from, int to) {
    return clauseOf(from).equals(clauseOf(Math.max(from, to - 1)));
  }

  private Optional<Organization> lastTurkicOrganizationBefore(int offset) {
    return reading.matches().of(Vocabulary.ORGANIZATION).stream()
        .filter(o -> o.end() <= offset)
        .map(this::organization)
        .filter(o -> o.scope() == Organization.Scope.MEMBERS)
        .reduce((first, second) -> second);
  }

  /**
   * The Turkic states named in {@code [start, end)} of the folded text, with the rest of a list of states that
   * runs over its edges ("Түркия, Қырғызстан, Әзірбайжан мен Қазақстанның арасында").
   */
  SortedSet<String> turkicStates(int start, int end) {
    List<CountryMention> mentions = countriesIn(sentence.foldedStart(), sentence.foldedEnd()).toList();
    int first = 0;
    while (first < mentions.size() && mentions.get(first).start() < start) {
      first++;
    }
    int last = first - 1;
    while (last + 1 < mentions.size() && mentions.get(last + 1).match().end() <= end) {
      last++;
    }
    if (last < first) {
      return new TreeSet<>();
    }
    while (first > 0 && listed(mentions.get(first - 1), mentions.get(first))) {
      first--;
    }
    while (last + 1 < mentions.size() && listed(mentions.get(last), mentions.get(last + 1))) {
      last++;
    }
    return mentions.subList(first, last + 1).stream().filter(c -> gazetteer.country(c.code()).turkic())
        .map(CountryMention::code).collect(TreeSet::new, TreeSet::add, TreeSet::addAll);
  }

  /** Whether two mentions are items of one list: only a comma or a conjunction between them. */
  private boolean listed(CountryMention before, CountryMention after) {
    return Words.between(folded, before.match().end(), after.start()) <= 1
        && !folded.substring(before.match().end(), after.start()).contains(".");
  }

  /** Whether a non-Turkic state is named right by an event noun in its clause: the "China–Central Asia Summit". */
  boolean nonTurkicStateNear(int start, int end) {
    Clauses.Clause clause = clauseOf(start);
    return countriesIn(clause.start(), clause.end())
        .filter(c -> !gazetteer.country(c.code()).turkic())
        .anyMatch(c -> Words.apart(folded, c.start(), c.match().end(), start, end) <= NON_TURKIC_WORDS);
  }

  /** How many Turkic states have their head of state or government named in this sentence. */
  long turkicHeadsOfState() {
    return countriesIn(sentence.foldedStart(), sentence.foldedEnd())
        .filter(c -> c.match().payload().vocabulary() == Vocabulary.PERSON)
        .filter(c -> gazetteer.person(c.match().payload().key()).role() == Person.Role.HEAD)
        .filter(c -> gazetteer.country(c.code()).turkic())
        .map(CountryMention::code).distinct().count();
  }

  private Stream<CountryMention> countriesIn(int start, int end) {
    return reading.countryMentions().stream().filter(c -> c.start() >= start && c.match().end() <= end);
  }

  /** The city where something in this sentence happens, its own clause first, nearest to {@code at}. */
  Optional<String> placeNear(int at, Clauses.Clause clause) {
    List<TermMatch<Term>> venues = reading.matches().within(Vocabulary.PLACE, sentence.foldedStart(),
        sentence.foldedEnd()).stream().filter(this::isVenue).toList();
    Comparator<TermMatch<Term>> nearest = Comparator.comparingInt(p -> Math.abs(p.start() - at));
    return venues.stream().filter(p -> clause.contains(p.start())).min(nearest)
        .or(() -> venues.stream().min(nearest))
        .map(p -> p.payload().key());
  }

  /**
   * A city is a venue when a locative marks it ("in Ankara", "in the Avaza zone", "Astanada"), or a hosting
   * verb stands next to it ("примет Туркестан").
   */
  private boolean isVenue(TermMatch<Term> place) {
    String ending = place.ending().replace("'", "");
    boolean locativeWord = cues(Cue.LOCATIVE).stream().anyMatch(l ->
        (l.end() <= place.start() && Words.between(folded, l.end(), place.start()) <= 1)
            || (l.start() >= place.end() && Words.between(folded, place.end(), l.start()) == 0));
    boolean hosted = cues(Cue.ANNOUNCE).stream().anyMatch(h ->
        Words.apart(folded, h.start(), h.end(), place.start(), place.end()) <= 1);
    return locativeWord || hosted || (!ending.isEmpty() && gazetteer.isLocative(ending));
  }
}
