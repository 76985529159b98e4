package tulpar.streams.events;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import tulpar.streams.text.Folding;

/**
 * Quoted document titles in a sentence about signing: “Joint Statement of the 5th Meeting of …”,
 * «Протокол о намерениях …». A quote is a title when it starts with a capital, is between two and
 * {@value #MAX_WORDS} words long, holds no sentence, and names a kind of document or is a mostly capitalised
 * title of at least {@value #MIN_WORDS_WITHOUT_DOCUMENT} words ("Decision of the Fifth Meeting of …").
 */
final class QuotedTitles {

  private static final int MAX_WORDS = 30;
  private static final int MIN_WORDS = 2;
  private static final int MIN_WORDS_WITHOUT_DOCUMENT = 4;

  private QuotedTitles() {}

  /** The folded ranges {@code [start, end)} inside the quotes of each title. */
  static List<int[]> find(SentenceScope scope) {
    String folded = scope.folded;
    int firstQuote = folded.indexOf(Folding.QUOTE, scope.sentence.foldedStart());
    if (firstQuote < 0 || firstQuote >= scope.sentence.foldedEnd()) {
      return List.of();
    }
    List<int[]> titles = new ArrayList<>();
    int open = -1;
    for (int i = scope.sentence.foldedStart(); i < scope.sentence.foldedEnd(); i++) {
      if (folded.charAt(i) != Folding.QUOTE) {
        continue;
      }
      if (open < 0) {
        open = i;
      } else {
        if (isTitle(scope, open + 1, i)) {
          titles.add(new int[] {open + 1, i});
        }
        open = -1;
      }
    }
    return titles;
  }

  private static boolean isTitle(SentenceScope scope, int start, int end) {
    String original = scope.reading.text().span(start, end).getText().strip();
    String[] words = original.split("\\s+");
    if (original.isEmpty() || words.length < MIN_WORDS || words.length > MAX_WORDS
        || !Character.isUpperCase(original.codePointAt(0)) || original.matches(".*\\D[.!?]\\s.*")) {
      return false;
    }
    boolean namesDocument = scope.cues(Cue.AGREEMENT, Cue.DOCUMENT).stream().anyMatch(c -> c.start() >= start && c.end() <= end);
    long capitalised = Arrays.stream(words).filter(w -> Character.isUpperCase(w.codePointAt(0))).count();
    return namesDocument || (words.length >= MIN_WORDS_WITHOUT_DOCUMENT && capitalised * 2 >= words.length);
  }
}
