package tulpar.streams.text;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

/**
 * Words looked up where a reader stands rather than found in a pass over the whole text: the function words
 * ("of", "the", "в", "hakkında") a phrase is read with. A word matches at a position when the folded text there
 * spells it and a word ends with it (or, for a stem, goes on). Thread-safe.
 *
 * @param <K> what a word stands for
 */
public final class WordLookup<K> {

  /** A word to look up: its text, whether it is a stem that takes any ending, and what it stands for. */
  public record Word<K>(String text, boolean stem, K payload) {}

  private final TermTrie trie;
  private final List<Word<K>> words;

  public WordLookup(List<Word<K>> words) {
    List<String> folded = new ArrayList<>(words.size());
    for (Word<K> word : words) {
      String text = FoldedText.fold(word.text());
      if (text.isEmpty()) {
        throw new IllegalArgumentException("Word '" + word.text() + "' folds to nothing");
      }
      folded.add(text);
    }
    this.trie = TermTrie.of(folded);
    this.words = List.copyOf(words);
  }

  /**
   * The end of the longest word standing for {@code payload} that starts at {@code position} of the folded text,
   * or -1 when none does.
   */
  public int end(FoldedText text, int position, K payload) {
    int state = TermTrie.ROOT;
    int end = -1;
    for (int at = position; at < text.length(); at++) {
      state = trie.next(state, text.charAt(at));
      if (state == TermTrie.NONE) {
        break;
      }
      if (trie.isTerminal(state)) {
        boolean wordEnds = at + 1 == text.length() || !Folding.isWordChar(text.charAt(at + 1));
        for (int o = trie.firstOutput(state); o < trie.endOfOutputs(state); o++) {
          Word<K> word = words.get(trie.output(o));
          if (word.payload().equals(payload) && (wordEnds || word.stem())) {
            end = word.stem() ? wordEnd(text, at + 1) : at + 1;
          }
        }
      }
    }
    return end;
  }

  /** Reports what each word that starts at {@code position} stands for, in one walk. */
  public void forEachAt(FoldedText text, int position, Consumer<K> payload) {
    int state = TermTrie.ROOT;
    for (int at = position; at < text.length(); at++) {
      state = trie.next(state, text.charAt(at));
      if (state == TermTrie.NONE) {
        return;
      }
      if (trie.isTerminal(state)) {
        boolean wordEnds = at + 1 == text.length() || !Folding.isWordChar(text.charAt(at + 1));
        for (int o = trie.firstOutput(state); o < trie.endOfOutputs(state); o++) {
          Word<K> word = words.get(trie.output(o));
          if (wordEnds || word.stem()) {
            payload.accept(word.payload());
          }
        }
      }
    }
  }

  /** As {@link #forEachAt}, for words that stand for numbers: no boxing, no adapter per call. */
  public void forEachIntAt(FoldedText text, int position, IntConsumer payload) {
    int state = TermTrie.ROOT;
    for (int at = position; at < text.length(); at++) {
      state = trie.next(state, text.charAt(at));
      if (state == TermTrie.NONE) {
        return;
      }
      if (trie.isTerminal(state)) {
        boolean wordEnds = at + 1 == text.length() || !Folding.isWordChar(text.charAt(at + 1));
        for (int o = trie.firstOutput(state); o < trie.endOfOutputs(state); o++) {
          Word<K> word = words.get(trie.output(o));
          if (wordEnds || word.stem()) {
            payload.accept(((Number) word.payload()).intValue());
          }
        }
      }
    }
  }

  private static int wordEnd(FoldedText text, int from) {
    int at = from;
    while (at < text.length() && Folding.isWordChar(text.charAt(at))) {
      at++;
    }
    return at;
  }
}
