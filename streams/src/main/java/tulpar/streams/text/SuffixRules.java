package tulpar.streams.text;

import java.util.Set;

/**
 * The inflectional endings that may follow a name inside the same word: Turkish, Azerbaijani, Kazakh, Uzbek and
 * Russian case and possessive endings ("Kazakistanın", "Қазақстанның", "O‘zbekistonning", "Казахстаном").
 * A run of letters after a term is accepted when it splits into at most {@link #MAX_CHAIN} known endings, so
 * "Türkiyedeki" (de + ki) passes and "Turkmenistan" does not pass as "Turk" + "menistan". The endings sit in a
 * trie, so a run is checked in place, without cutting it out of the text.
 */
public final class SuffixRules {

  public static final int MAX_CHAIN = 3;

  private final TermTrie endings;

  public SuffixRules(Set<String> suffixes) {
    this.endings = TermTrie.of(suffixes.stream().map(FoldedText::fold).filter(s -> !s.isEmpty()).distinct()
        .toList());
  }

  /** Whether {@code chars[from, to)} is a chain of at most {@code chain} known endings. */
  boolean accepts(char[] chars, int from, int to, int chain) {
    return accepts(chars, from, to, 0, chain);
  }

  private boolean accepts(char[] chars, int from, int to, int used, int chain) {
    if (from == to) {
      return true;
    }
    if (used == chain) {
      return false;
    }
    int state = TermTrie.ROOT;
    for (int at = from; at < to; at++) {
      state = endings.next(state, chars[at]);
      if (state == TermTrie.NONE) {
        return false;
      }
      if (endings.isTerminal(state) && accepts(chars, at + 1, to, used + 1, chain)) {
        return true;
      }
    }
    return false;
  }
}
