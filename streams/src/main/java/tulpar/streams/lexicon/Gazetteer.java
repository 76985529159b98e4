package tulpar.streams.lexicon;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import tulpar.schemas.EventType;
import tulpar.streams.text.FoldedText;
import tulpar.streams.text.SuffixRules;

/**
 * Everything the tagger knows about the world, loaded once from the data files under
 * {@code tulpar/streams/lexicon/} (see the README there): the lexicon of terms and the tables of countries,
 * places, people and organisations the terms point to. Immutable and shared by every tagger.
 */
public final class Gazetteer {

  private static final class Holder {
    static final Gazetteer STANDARD = load();
  }

  private final Lexicon lexicon;
  private final FunctionWords functionWords;
  private final Map<String, Country> countries;
  private final Map<String, Place> places;
  private final Map<String, Person> people;
  private final Map<String, Organization> organizations;
  private final Set<String> abbreviations;
  private final Set<String> locativeEndings;
  private final LanguageMarkers languageMarkers;

  private Gazetteer(Lexicon lexicon, FunctionWords functionWords, Map<String, Country> countries, Map<String, Place> places,
                    Map<String, Person> people, Map<String, Organization> organizations, Set<String> abbreviations,
                    Set<String> locativeEndings, LanguageMarkers languageMarkers) {
    this.lexicon = lexicon;
    this.functionWords = functionWords;
    this.countries = countries;
    this.places = places;
    this.people = people;
    this.organizations = organizations;
    this.abbreviations = abbreviations;
    this.locativeEndings = locativeEndings;
    this.languageMarkers = languageMarkers;
  }

  /** The gazetteer of the bundled data files, loaded on first use. */
  public static Gazetteer standard() {
    return Holder.STANDARD;
  }

  static Gazetteer load() {
    SuffixRules suffixes = new SuffixRules(new HashSet<>(LexiconFile.entries("suffixes.txt")));
    Map<String, Country> countries = table("countries.tsv", 3, row -> new Country(row.column(0),
        yes(row, 1), row.column(2)), Country::code);
    Map<String, Place> places = table("places.tsv", 3, row -> new Place(row.column(0), row.column(1),
        yes(row, 2)), Place::name);
    Map<String, Person> people = table("people.tsv", 3, row -> new Person(row.column(0),
        row.column(1).equals("-") ? Optional.empty() : Optional.of(row.column(1)),
        Person.Role.valueOf(row.column(2).toUpperCase(Locale.ROOT))), Person::name);
    Map<String, Organization> organizations = table("organizations.tsv", 4, Gazetteer::organization,
        Organization::name);
    Set<String> abbreviations = foldedEntries("abbreviations.txt");
    Set<String> locativeEndings = foldedEntries("locative-endings.txt");
    LanguageMarkers markers = LanguageMarkers.load();
    Lexicon lexicon = Lexicon.load(suffixes);
    Gazetteer gazetteer = new Gazetteer(lexicon, FunctionWords.load(), countries, places, people, organizations,
        abbreviations, locativeEndings, markers);
    gazetteer.checkKeys();
    return gazetteer;
  }

  private static Set<String> foldedEntries(String file) {
    return LexiconFile.entries(file).stream().map(FoldedText::fold).collect(Collectors.toUnmodifiableSet());
  }

  private static Organization organization(LexiconFile.Row row) {
    Organization.Scope scope = Organization.Scope.valueOf(row.column(1).toUpperCase(Locale.ROOT));
    Optional<EventType> type = row.column(2).equals("-") ? Optional.empty()
        : Optional.of(EventType.valueOf(row.column(2)));
    List<String> members = row.column(3).equals("-") ? List.of() : Arrays.asList(row.column(3).split(","));
    return new Organization(row.column(0), scope, type, List.copyOf(members));
  }

  private static boolean yes(LexiconFile.Row row, int column) {
    return switch (row.column(column)) {
      case "yes" -> true;
      case "no" -> false;
      default -> throw row.invalid("column " + (column + 1) + " must be yes or no");
    };
  }

  private static <T> Map<String, T> table(String file, int columns, Function<LexiconFile.Row, T> parse,
                                          Function<T, String> key) {
    return LexiconFile.rows(file, columns).stream().map(parse)
        .collect(Collectors.toUnmodifiableMap(key, Function.identity()));
  }

  /** Every name a term file points to must exist in its table: a typo would silently drop a tag. */
  private void checkKeys() {
    check(Vocabulary.COUNTRY, countries.keySet());
    check(Vocabulary.PLACE, places.keySet());
    check(Vocabulary.PERSON, people.keySet());
    check(Vocabulary.ORGANIZATION, organizations.keySet());
  }

  private void check(Vocabulary vocabulary, Set<String> known) {
    Set<String> used = LexiconFile.rows(vocabulary.file(), 2).stream().map(r -> r.column(0))
        .collect(Collectors.toSet());
    used.removeAll(known);
    if (!used.isEmpty()) {
      throw new IllegalStateException("Lexicon file " + vocabulary.file() + " names entries its table lacks: "
          + used);
    }
  }

  public Lexicon lexicon() {
    return lexicon;
  }

  public FunctionWords functionWords() {
    return functionWords;
  }

  /**
   * Every term of every vocabulary as the data files write it (a stem without its trailing {@code *}), in file
   * order, duplicates across files kept: what a general-purpose matcher would be built from.
   */
  public List<String> surfaceTerms() {
    return lexicon.surfaceTerms();
  }

  /**
   * Folds a text and matches the whole lexicon against it, exactly as the tagger does before it reads the
   * matches: one pass, with word boundaries, endings and case checked. Returns the number of accepted term
   * occurrences, overlapping ones included. Thread-safe.
   */
  public int countMatches(CharSequence text) {
    return lexicon.count(text);
  }

  public Country country(String code) {
    return countries.get(code);
  }

  public Place place(String name) {
    return places.get(name);
  }

  public Person person(String name) {
    return people.get(name);
  }

  public Organization organization(String name) {
    return organizations.get(name);
  }

  /** Whether a word (folded, without its full stop) is an abbreviation that does not end a sentence. */
  public boolean isAbbreviation(String foldedWord) {
    return abbreviations.contains(foldedWord);
  }

  /** Whether what follows a city's name (folded, apostrophe dropped) ends in a locative ending. */
  public boolean isLocative(String ending) {
    return locativeEndings.stream().anyMatch(ending::endsWith);
  }

  public LanguageMarkers languageMarkers() {
    return languageMarkers;
  }
}
