package tulpar.streams.events;

import java.util.ArrayList;
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

  /** The folded ranges {@code [start, end)} inside the quotes of each title (see {@link SentenceScope#titles()}). */
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
    if (original.isEmpty() || !Character.isUpperCase(original.codePointAt(0))) {
      return false;
    }
    // The words as runs of chars between (ASCII) whitespace, as "\\s+" splits them; strip() left none at the start.
    int words = 0;
    int capitalised = 0;
    boolean inWord = false;
    for (int i = 0; i < original.length(); i++) {
      boolean space = isRegexSpace(original.charAt(i));
      if (!space && !inWord) {
        words++;
        if (Character.isUpperCase(original.codePointAt(i))) {
          capitalised++;
        }
      }
      inWord = !space;
    }
    if (words < MIN_WORDS || words > MAX_WORDS || holdsSentenceEnd(original)) {
      return false;
    }
    boolean namesDocument = scope.has(Cue.AGREEMENT, Cue.DOCUMENT)
        && scope.cues(Cue.AGREEMENT, Cue.DOCUMENT).stream().anyMatch(c -> c.start() >= start && c.end() <= end);
    return namesDocument || (words >= MIN_WORDS_WITHOUT_DOCUMENT && capitalised * 2 >= words);
  }

  /**
   * Whether a sentence ends inside the text: a char other than a digit, then . ! or ?, then whitespace — what
   * {@code text.matches(".*\\D[.!?]\\s.*")} says, without a regular expression (whose dots match no line
   * terminator, so one may only stand at the two ends of that pattern).
   */
  static boolean holdsSentenceEnd(String text) {
    int terminators = 0;
    for (int i = 0; i < text.length(); i++) {
      if (isLineTerminator(text.charAt(i))) {
        terminators++;
      }
    }
    for (int i = 0; i + 2 < text.length(); i++) {
      char before = text.charAt(i);
      char mark = text.charAt(i + 1);
      char after = text.charAt(i + 2);
      if ((before < '0' || before > '9') && (mark == '.' || mark == '!' || mark == '?') && isRegexSpace(after)
          && terminators == (isLineTerminator(before) ? 1 : 0) + (isLineTerminator(after) ? 1 : 0)) {
        return true;
      }
    }
    return false;
  }

  /** The chars of the regular expression class {@code \\s}. */
  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /** The line terminators a regular expression's dot does not match. */
  private static boolean isLineTerminator(char c) {
    return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }
}
