package tulpar.streams.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToIntFunction;

/**
 * Finds known terms in text on word boundaries. Folding and matching are one pass over the chars
 * ({@link FoldScan}); each candidate the pass reports is then accepted when its word ends with the term, or goes
 * on with an inflectional ending ({@link SuffixRules}), or with an apostrophe and any ending ("Türkiye'ye",
 * "Fidan’ın", "Kazakhstan's"), and when its case fits the term's flags. Thread-safe.
 *
 * @param <K> what a term stands for
 */
public final class TermMatcher<K> {

  /** How strictly a term must appear in the original text. */
  public enum Flag {
    /** The original starts with a capital letter ("Turkey" the country, not the bird). */
    CAPITALISED,
    /** Every letter of the original is a capital (acronyms: OTS, TDT, ОТГ); no ending except after an apostrophe. */
    UPPER_CASE,
    /** The word must end with the term: no ending at all. */
    WHOLE_WORD,
    /** Any letters may follow: the term is a stem ("торгов" for торговля, торгового …). */
    PREFIX
  }

  /** A term to look for. */
  public record Term<K>(String text, Set<Flag> flags, K payload) {
    public Term {
      flags = flags.isEmpty() ? EnumSet.noneOf(Flag.class) : EnumSet.copyOf(flags);
    }
  }

  /** The result of one pass: the folded text and every accepted occurrence, ordered as {@link #find} orders. */
  public record Found<K>(FoldedText text, List<TermMatch<K>> matches) {}

  /**
   * A short term takes a single ending at most: a chain of endings after two or three letters makes too many
   * other words ("gaz" + "e" + "te" is "Gazete", a newspaper, not gas).
   */
  private static final int SHORT_TERM = 3;

  /** What a term asks of an occurrence, as bits of {@link #rules}: read once per candidate, so kept flat. */
  private static final int ENDS_IN_WORD = 1;
  private static final int CAPITALISED = 2;
  private static final int UPPER_CASE = 4;
  private static final int WHOLE_WORD = 8;
  private static final int PREFIX = 16;
  private static final int ONE_ENDING = 32;

  private static final Comparator<TermMatch<?>> LONGEST_FIRST = (a, b) -> a.length() != b.length()
      ? Integer.compare(b.length(), a.length()) : Integer.compare(a.start(), b.start());
  private static final Comparator<TermMatch<?>> BY_START = (a, b) -> Integer.compare(a.start(), b.start());

  /** By start, the longest first: written out, as it orders every match of every article. */
  private static final Comparator<TermMatch<?>> TEXT_ORDER = (a, b) -> a.start() != b.start()
      ? Integer.compare(a.start(), b.start()) : Integer.compare(b.length(), a.length());

  private final TermTrie trie;
  private final int[] rules;
  private final K[] payloads;
  private final SuffixRules suffixes;

  @SuppressWarnings("unchecked")
  public TermMatcher(List<Term<K>> terms, SuffixRules suffixes) {
    List<String> folded = new ArrayList<>(terms.size());
    rules = new int[terms.size()];
    payloads = (K[]) new Object[terms.size()];
    for (int i = 0; i < terms.size(); i++) {
      Term<K> term = terms.get(i);
      String text = FoldedText.fold(term.text());
      if (text.isEmpty()) {
        throw new IllegalArgumentException("Term '" + term.text() + "' folds to nothing");
      }
      folded.add(text);
      Set<Flag> flags = term.flags();
      rules[i] = (Folding.isWordChar(text.charAt(text.length() - 1)) ? ENDS_IN_WORD : 0)
          | (flags.contains(Flag.CAPITALISED) ? CAPITALISED : 0) | (flags.contains(Flag.UPPER_CASE) ? UPPER_CASE : 0)
          | (flags.contains(Flag.WHOLE_WORD) ? WHOLE_WORD : 0) | (flags.contains(Flag.PREFIX) ? PREFIX : 0)
          | (text.length() <= SHORT_TERM ? ONE_ENDING : 0);
      payloads[i] = term.payload();
    }
    this.trie = TermTrie.of(folded);
    this.suffixes = suffixes;
  }

  /** Folds the text and finds every accepted occurrence, in one pass: the grouped pass with one group. */
  public Found<K> foldAndFind(String original) {
    Grouped<K> all = foldAndFind(original, new int[payloads.length], 1);
    List<TermMatch<K>> matches = all.groups()[0];
    return new Found<>(all.text(), matches == null ? new ArrayList<>() : matches);
  }

  /**
   * The result of one pass, its matches in groups ({@link #groups}): each group ordered as {@link #find} orders,
   * so that a group is the flat result filtered to its terms; null for a group without matches.
   */
  public record Grouped<K>(FoldedText text, List<TermMatch<K>>[] groups) {}

  /** The group of every term, as {@link #foldAndFind(String, int[], int)} takes it: worked out once. */
  public int[] groups(ToIntFunction<K> groupOfPayload) {
    int[] groups = new int[payloads.length];
    for (int term = 0; term < payloads.length; term++) {
      groups[term] = groupOfPayload.applyAsInt(payloads[term]);
    }
    return groups;
  }

  /**
   * Folds the text and finds every accepted occurrence, in one pass, put straight into the groups its terms
   * belong to ({@code groupOfTerm} from {@link #groups}, each below {@code groups}): no sort of every match
   * and no regrouping after it.
   */
  @SuppressWarnings("unchecked")
  public Grouped<K> foldAndFind(String original, int[] groupOfTerm, int groups) {
    FoldScan scan = FoldScan.run(original, trie);
    FoldedText text = scan.text();
    FoldScan.Candidates candidates = scan.candidates();
    List<TermMatch<K>>[] byGroup = (List<TermMatch<K>>[]) new List<?>[groups];
    for (int c = 0; c < candidates.size(); c++) {
      int start = candidates.start(c);
      int stemEnd = candidates.end(c);
      int state = candidates.state(c);
      for (int o = trie.firstOutput(state); o < trie.endOfOutputs(state); o++) {
        int term = trie.output(o);
        int end = end(text, start, stemEnd, rules[term]);
        if (end >= 0) {
          List<TermMatch<K>> group = byGroup[groupOfTerm[term]];
          if (group == null) {
            group = new ArrayList<>();
            byGroup[groupOfTerm[term]] = group;
          }
          group.add(new TermMatch<>(payloads[term], start, stemEnd, end, text));
        }
      }
    }
    for (List<TermMatch<K>> group : byGroup) {
      if (group != null) {
        group.sort(TEXT_ORDER);  // stable, as the sort of all: a group keeps the order the flat result gives it
      }
    }
    return new Grouped<>(text, byGroup);
  }

  /** Every accepted occurrence in a folded text, ordered by start, longest first (its original is scanned again). */
  public List<TermMatch<K>> find(FoldedText text) {
    return foldAndFind(text.original()).matches();
  }

  /** Folds the text and counts the accepted occurrences, overlapping ones included: the same work, no results. */
  public int foldAndCount(CharSequence original) {
    FoldScan scan = FoldScan.run(original.toString(), trie);
    FoldedText text = scan.text();
    FoldScan.Candidates candidates = scan.candidates();
    int count = 0;
    for (int c = 0; c < candidates.size(); c++) {
      int state = candidates.state(c);
      for (int o = trie.firstOutput(state); o < trie.endOfOutputs(state); o++) {
        if (end(text, candidates.start(c), candidates.end(c), rules[trie.output(o)]) >= 0) {
          count++;
        }
      }
    }
    return count;
  }

  /** Where an occurrence of a term ends, ending included, or -1 when it is not accepted. */
  private int end(FoldedText text, int start, int stemEnd, int rule) {
    int end = (rule & ENDS_IN_WORD) != 0 ? wordEnd(text, stemEnd, rule) : stemEnd;
    return end >= 0 && ((rule & (CAPITALISED | UPPER_CASE)) == 0 || caseFits(text, start, stemEnd, rule)) ? end
        : -1;
  }

  /** Where the word that the term ends in ends, or -1 when what follows the term is not an ending. */
  private int wordEnd(FoldedText text, int stemEnd, int rule) {
    int length = text.length();
    int runEnd = stemEnd;
    while (runEnd < length && Folding.isWordChar(text.charAt(runEnd))) {
      runEnd++;
    }
    if (runEnd > stemEnd) {
      if ((rule & PREFIX) != 0) {
        return runEnd;
      }
      boolean endingAllowed = (rule & (WHOLE_WORD | UPPER_CASE)) == 0
          && suffixes.accepts(text.chars(), stemEnd, runEnd, (rule & ONE_ENDING) != 0 ? 1 : SuffixRules.MAX_CHAIN);
      return endingAllowed ? runEnd : -1;
    }
    if (stemEnd + 1 < length && text.charAt(stemEnd) == Folding.APOSTROPHE
        && Character.isLetter(text.charAt(stemEnd + 1)) && (rule & WHOLE_WORD) == 0) {
      int after = stemEnd + 1;
      while (after < length && Folding.isWordChar(text.charAt(after))) {
        after++;
      }
      return after;
    }
    return stemEnd;
  }

  private static boolean caseFits(FoldedText text, int start, int stemEnd, int rule) {
    String original = text.original();
    int from = text.originalStart(start);
    if ((rule & CAPITALISED) != 0 && !Character.isUpperCase(original.codePointAt(from))) {
      return false;
    }
    if ((rule & UPPER_CASE) != 0) {
      int to = text.originalEnd(stemEnd);
      for (int i = from; i < to; i++) {
        char c = original.charAt(i);
        if (Character.isLetter(c) && !Character.isUpperCase(c)) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * Keeps the longest of overlapping matches, leftmost first; matches of exactly the same words stand side by
   * side (one term may mean two things: "in" marks a place and starts an adjunct). Input must be ordered as
   * {@link #find} orders. Overlaps are rare, so each run of matches that overlap one another is settled on its
   * own.
   */
  public static <K> List<TermMatch<K>> longestLeftmost(List<TermMatch<K>> matches) {
    if (!anyOverlap(matches)) {
      return matches;
    }
    List<TermMatch<K>> kept = new ArrayList<>(matches.size());
    int i = 0;
    while (i < matches.size()) {
      int runEnd = matches.get(i).end();
      int j = i + 1;
      while (j < matches.size() && matches.get(j).start() < runEnd) {
        runEnd = Math.max(runEnd, matches.get(j).end());
        j++;
      }
      if (j == i + 1) {
        kept.add(matches.get(i));
      } else {
        kept.addAll(longestOf(matches.subList(i, j)));
      }
      i = j;
    }
    return kept;
  }

  private static boolean anyOverlap(List<? extends TermMatch<?>> matches) {
    for (int i = 1; i < matches.size(); i++) {
      if (matches.get(i).start() < matches.get(i - 1).end()) {
        return true;
      }
    }
    return false;
  }

  private static <K> List<TermMatch<K>> longestOf(List<TermMatch<K>> overlapping) {
    List<TermMatch<K>> byLength = new ArrayList<>(overlapping);
    byLength.sort(LONGEST_FIRST);
    List<TermMatch<K>> kept = new ArrayList<>();
    for (TermMatch<K> candidate : byLength) {
      if (!blocked(kept, candidate)) {
        kept.add(candidate);
      }
    }
    kept.sort(BY_START);
    return kept;
  }

  /** Whether a kept match overlaps the candidate, other than by standing for something else on the same words. */
  private static <K> boolean blocked(List<TermMatch<K>> kept, TermMatch<K> candidate) {
    for (TermMatch<K> k : kept) {
      if (k.overlaps(candidate) && (k.start() != candidate.start() || k.end() != candidate.end()
          || k.payload().equals(candidate.payload()))) {
        return true;
      }
    }
    return false;
  }
}
