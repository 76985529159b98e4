package tulpar.streams.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Finds known terms in a {@link FoldedText} in one pass (Aho–Corasick over the folded terms) and keeps the
 * occurrences that sit on word boundaries. A term may be followed inside its word by an inflectional ending
 * ({@link SuffixRules}) or by an apostrophe and any ending ("Türkiye'ye", "Fidan’ın", "Kazakhstan's"). Thread-safe.
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

  private record Entry<K>(String folded, Set<Flag> flags, K payload) {
    boolean startsWithWordChar() {
      return Folding.isWordChar(folded.charAt(0));
    }

    boolean endsWithWordChar() {
      return Folding.isWordChar(folded.charAt(folded.length() - 1));
    }
  }

  private final AhoCorasick<Entry<K>> automaton;
  private final SuffixRules suffixes;

  public TermMatcher(List<Term<K>> terms, SuffixRules suffixes) {
    AhoCorasick.Builder<Entry<K>> builder = AhoCorasick.builder();
    for (Term<K> term : terms) {
      String folded = FoldedText.fold(term.text());
      if (folded.isEmpty()) {
        throw new IllegalArgumentException("Term '" + term.text() + "' folds to nothing");
      }
      builder.add(folded, new Entry<>(folded, term.flags(), term.payload()));
    }
    this.automaton = builder.build();
    this.suffixes = suffixes;
  }

  /** Every accepted occurrence, overlapping ones included, ordered by start then longest first. */
  public List<TermMatch<K>> find(FoldedText text) {
    List<TermMatch<K>> matches = new ArrayList<>();
    automaton.scan(text.folded(), (start, end, entry) -> {
      TermMatch<K> match = accept(text, start, end, entry);
      if (match != null) {
        matches.add(match);
      }
    });
    matches.sort(Comparator.<TermMatch<K>>comparingInt(TermMatch::start).thenComparing(m -> -m.length()));
    return matches;
  }

  private TermMatch<K> accept(FoldedText text, int start, int end, Entry<K> entry) {
    if (entry.startsWithWordChar() && start > 0 && Folding.isWordChar(text.charAt(start - 1))) {
      return null;
    }
    int matchEnd = entry.endsWithWordChar() ? wordEnd(text, end, entry) : end;
    if (matchEnd < 0 || !caseFits(text, start, end, entry.flags())) {
      return null;
    }
    return new TermMatch<>(entry.payload(), start, end, matchEnd, text);
  }

  /** Where the word that the term ends in ends, or -1 when what follows the term is not an ending. */
  private int wordEnd(FoldedText text, int end, Entry<K> entry) {
    int runEnd = end;
    while (runEnd < text.length() && Folding.isWordChar(text.charAt(runEnd))) {
      runEnd++;
    }
    if (runEnd > end) {
      Set<Flag> flags = entry.flags();
      if (flags.contains(Flag.PREFIX)) {
        return runEnd;
      }
      boolean endingAllowed = !flags.contains(Flag.WHOLE_WORD) && !flags.contains(Flag.UPPER_CASE)
          && suffixes.accepts(text.folded().substring(end, runEnd));
      return endingAllowed ? runEnd : -1;
    }
    if (end + 1 < text.length() && text.charAt(end) == Folding.APOSTROPHE
        && Character.isLetter(text.charAt(end + 1)) && !entry.flags().contains(Flag.WHOLE_WORD)) {
      int after = end + 1;
      while (after < text.length() && Folding.isWordChar(text.charAt(after))) {
        after++;
      }
      return after;
    }
    return end;
  }

  private static boolean caseFits(FoldedText text, int start, int end, Set<Flag> flags) {
    String original = text.original();
    int from = text.originalStart(start);
    if (flags.contains(Flag.CAPITALISED) && !Character.isUpperCase(original.codePointAt(from))) {
      return false;
    }
    if (flags.contains(Flag.UPPER_CASE)) {
      int to = text.originalEnd(end);
      return original.substring(from, to).codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }
    return true;
  }

  /** Keeps the longest of overlapping matches, leftmost first. Input must be ordered as {@link #find} orders. */
  public static <K> List<TermMatch<K>> longestLeftmost(List<TermMatch<K>> matches) {
    List<TermMatch<K>> sorted = new ArrayList<>(matches);
    sorted.sort(Comparator.<TermMatch<K>>comparingInt(m -> -m.length()).thenComparingInt(TermMatch::start));
    List<TermMatch<K>> kept = new ArrayList<>();
    for (TermMatch<K> candidate : sorted) {
      if (kept.stream().noneMatch(candidate::overlaps)) {
        kept.add(candidate);
      }
    }
    kept.sort(Comparator.comparingInt(TermMatch::start));
    return kept;
  }
}
