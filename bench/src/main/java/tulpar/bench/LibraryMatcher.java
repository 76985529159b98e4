package tulpar.bench;

import com.hankcs.algorithm.AhoCorasickDoubleArrayTrie;
import java.util.Collection;
import java.util.Locale;
import java.util.TreeMap;

/**
 * The reference matcher: the Aho–Corasick double-array trie of com.hankcs over the gazetteer's terms lower-cased
 * with {@link Locale#ROOT}. It matches plain substrings of lower-cased text, with no folding, word boundaries or
 * endings, so it is the cost of one automaton pass and nothing more. Immutable after construction.
 */
public final class LibraryMatcher {

  /** Counts hits. A named class, since a lambda would be ambiguous between the library's two hit interfaces. */
  private static final class HitCounter implements AhoCorasickDoubleArrayTrie.IHit<String> {
    int hits;

    @Override
    public void hit(int begin, int end, String term) {
      hits++;
    }
  }

  private final AhoCorasickDoubleArrayTrie<String> trie = new AhoCorasickDoubleArrayTrie<>();

  public LibraryMatcher(Collection<String> terms) {
    TreeMap<String, String> lowerCased = new TreeMap<>();
    for (String term : terms) {
      String lower = term.toLowerCase(Locale.ROOT);
      lowerCased.put(lower, lower);
    }
    trie.build(lowerCased);
  }

  /** The number of distinct lower-cased terms in the trie. */
  public int size() {
    return trie.size();
  }

  /** Counts every term occurrence, overlapping ones included, in text that is already lower-cased. */
  public int countMatches(String lowerCasedText) {
    HitCounter counter = new HitCounter();
    trie.parseText(lowerCasedText, counter);
    return counter.hits;
  }

  /** Lower-cases the text, as the library needs, then counts. */
  public int lowerCaseAndCount(String text) {
    return countMatches(text.toLowerCase(Locale.ROOT));
  }
}
