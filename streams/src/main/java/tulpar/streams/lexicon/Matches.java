package tulpar.streams.lexicon;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import tulpar.streams.text.TermMatch;
import tulpar.streams.text.TermMatcher;

/**
 * The terms found in one text, by vocabulary. Within a vocabulary, overlapping matches are resolved to the
 * longest ("Joint Strategic Planning Group", not "Planning"); across vocabularies they stand side by side
 * ("Turkic Investment Fund" is an organisation and says "investment").
 */
public final class Matches {

  private final Map<Vocabulary, List<TermMatch<Term>>> byVocabulary = new EnumMap<>(Vocabulary.class);

  Matches(List<TermMatch<Term>> all) {
    for (Vocabulary vocabulary : Vocabulary.values()) {
      List<TermMatch<Term>> ofVocabulary = all.stream()
          .filter(m -> m.payload().vocabulary() == vocabulary).toList();
      byVocabulary.put(vocabulary, TermMatcher.longestLeftmost(ofVocabulary));
    }
  }

  /** The matches of one vocabulary, in text order. */
  public List<TermMatch<Term>> of(Vocabulary vocabulary) {
    return byVocabulary.get(vocabulary);
  }

  /** The matches of one vocabulary whose key passes a test, in text order. */
  public List<TermMatch<Term>> of(Vocabulary vocabulary, Predicate<String> key) {
    return of(vocabulary).stream().filter(m -> key.test(m.payload().key())).toList();
  }

  /** The matches of one vocabulary inside {@code [start, end)} of the folded text. */
  public List<TermMatch<Term>> within(Vocabulary vocabulary, int start, int end) {
    return of(vocabulary).stream().filter(m -> m.start() >= start && m.end() <= end).toList();
  }
}
