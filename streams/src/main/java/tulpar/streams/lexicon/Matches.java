package tulpar.streams.lexicon;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import tulpar.streams.text.FoldedText;
import tulpar.streams.text.TermMatch;
import tulpar.streams.text.TermMatcher;

/**
 * The terms found in one text, by vocabulary. Within a vocabulary, overlapping matches are resolved to the
 * longest ("Joint Strategic Planning Group", not "Planning"); across vocabularies they stand side by side
 * ("Turkic Investment Fund" is an organisation and says "investment"). Each vocabulary's matches are in text
 * order, so the matches inside a range are found by binary search.
 */
public final class Matches {

  private final FoldedText text;
  private final Map<Vocabulary, List<TermMatch<Term>>> byVocabulary = new EnumMap<>(Vocabulary.class);

  /** @param byVocabulary the matches of each vocabulary (by ordinal) in text order, null for none */
  Matches(FoldedText text, List<TermMatch<Term>>[] byVocabulary) {
    this.text = text;
    for (Vocabulary vocabulary : Vocabulary.values()) {
      List<TermMatch<Term>> matches = byVocabulary[vocabulary.ordinal()];
      this.byVocabulary.put(vocabulary, matches == null ? new ArrayList<>(0) : TermMatcher.longestLeftmost(matches));
    }
  }

  /** The text the matches were found in. */
  public FoldedText text() {
    return text;
  }

  /** The matches of one vocabulary, in text order. */
  public List<TermMatch<Term>> of(Vocabulary vocabulary) {
    return byVocabulary.get(vocabulary);
  }

  /** The matches of one vocabulary whose key passes a test, in text order. */
  public List<TermMatch<Term>> of(Vocabulary vocabulary, Predicate<String> key) {
    List<TermMatch<Term>> matches = of(vocabulary);
    List<TermMatch<Term>> passing = new ArrayList<>(matches.size());
    for (TermMatch<Term> match : matches) {
      if (key.test(match.payload().key())) {
        passing.add(match);
      }
    }
    return passing;
  }

  /** The matches of one vocabulary inside {@code [start, end)} of the folded text. */
  public List<TermMatch<Term>> within(Vocabulary vocabulary, int start, int end) {
    List<TermMatch<Term>> matches = of(vocabulary);
    int from = firstStartingAtOrAfter(matches, start);
    int to = from;
    while (to < matches.size() && matches.get(to).start() < end) {
      to++;
    }
    List<TermMatch<Term>> inside = new ArrayList<>(to - from);
    for (int i = from; i < to; i++) {
      if (matches.get(i).end() <= end) {
        inside.add(matches.get(i));
      }
    }
    return inside;
  }

  private static int firstStartingAtOrAfter(List<TermMatch<Term>> matches, int offset) {
    int low = 0;
    int high = matches.size();
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (matches.get(middle).start() < offset) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
  }
}
