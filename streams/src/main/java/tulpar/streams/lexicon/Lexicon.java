package tulpar.streams.lexicon;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tulpar.streams.text.FoldedText;
import tulpar.streams.text.SuffixRules;
import tulpar.streams.text.TermMatcher.Flag;
import tulpar.streams.text.TermMatcher;

/** Every term of every vocabulary in one matcher, so an article is scanned once. Immutable, thread-safe. */
public final class Lexicon {

  private static final String NUMBER_ONLY = "number";

  private final TermMatcher<Term> matcher;
  /** The vocabulary of every term of the matcher, by ordinal: matches come out grouped by it. */
  private final int[] vocabularyOfTerm;
  private final Map<Vocabulary, Map<String, String>> keysByFoldedTerm;
  private final List<String> surfaceTerms;
  private final Map<Vocabulary, Set<String>> properNames;

  private Lexicon(TermMatcher<Term> matcher, Map<Vocabulary, Map<String, String>> keysByFoldedTerm,
                  List<String> surfaceTerms, Map<Vocabulary, Set<String>> properNames) {
    this.matcher = matcher;
    this.vocabularyOfTerm = matcher.groups(term -> term.vocabulary().ordinal());
    this.keysByFoldedTerm = keysByFoldedTerm;
    this.surfaceTerms = surfaceTerms;
    this.properNames = properNames;
  }

  static Lexicon load(SuffixRules suffixes) {
    List<TermMatcher.Term<Term>> terms = new ArrayList<>();
    List<String> surfaceTerms = new ArrayList<>();
    Map<Vocabulary, Set<String>> properNames = new EnumMap<>(Vocabulary.class);
    Map<Vocabulary, Map<String, String>> keys = new HashMap<>();
    for (Vocabulary vocabulary : Vocabulary.values()) {
      Map<String, String> byTerm = new HashMap<>();
      Set<String> names = new HashSet<>();
      for (LexiconFile.Row row : LexiconFile.rows(vocabulary.file(), 2)) {
        String text = row.column(1);
        Set<Flag> flags = flags(row);
        if (text.endsWith("*")) {
          text = text.substring(0, text.length() - 1);
          flags.add(Flag.PREFIX);
        }
        if (!numberOnly(row)) {
          terms.add(new TermMatcher.Term<>(text, flags, new Term(vocabulary, row.column(0))));
          surfaceTerms.add(text);
        }
        byTerm.put(FoldedText.fold(text), row.column(0));
        if (!text.equals(text.toLowerCase(Locale.ROOT))) {
          names.add(FoldedText.fold(text));
        }
      }
      keys.put(vocabulary, Map.copyOf(byTerm));
      properNames.put(vocabulary, Set.copyOf(names));
    }
    return new Lexicon(new TermMatcher<>(terms, suffixes), Map.copyOf(keys), List.copyOf(surfaceTerms),
        properNames);
  }

  /**
   * The flag {@code number}: a term that only ever ends a number ("$500m"), read there, never looked for in
   * running text, where a single letter would start a candidate at every word that starts with it.
   */
  private static boolean numberOnly(LexiconFile.Row row) {
    return row.column(2).equals(NUMBER_ONLY);
  }

  private static Set<Flag> flags(LexiconFile.Row row) {
    Set<Flag> flags = EnumSet.noneOf(Flag.class);
    String column = row.column(2);
    if (column.isEmpty() || column.equals(NUMBER_ONLY)) {
      return flags;
    }
    for (String flag : column.split(",")) {
      flags.add(switch (flag.strip()) {
        case "cap" -> Flag.CAPITALISED;
        case "upper" -> Flag.UPPER_CASE;
        case "whole" -> Flag.WHOLE_WORD;
        default -> throw row.invalid("unknown flag '" + flag.strip() + "' (known: cap, upper, whole, number)");
      });
    }
    return flags;
  }

  /** Folds a text and finds every term in it, in one pass. */
  public Matches find(String text) {
    TermMatcher.Grouped<Term> found = matcher.foldAndFind(text, vocabularyOfTerm, Vocabulary.values().length);
    return new Matches(found.text(), found.groups());
  }

  /** Folds a text and counts the term occurrences, overlapping ones included: the matching work alone. */
  int count(CharSequence text) {
    return matcher.foldAndCount(text);
  }

  /** Every term as the data files write it (a stem without its {@code *}), in file order. */
  List<String> surfaceTerms() {
    return surfaceTerms;
  }

  /** Whether the data files write a term (folded) with a capital: a name ("Middle Corridor", "HPP"), not a word. */
  public boolean isProperName(Vocabulary vocabulary, String foldedTerm) {
    return properNames.get(vocabulary).contains(foldedTerm);
  }

  /** The key of a term written exactly so (folded), e.g. the factor of the magnitude "bn"; null if none. */
  public String keyOf(Vocabulary vocabulary, String foldedTerm) {
    return keysByFoldedTerm.get(vocabulary).get(foldedTerm);
  }
}
