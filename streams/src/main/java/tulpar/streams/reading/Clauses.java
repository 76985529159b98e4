package tulpar.streams.reading;

import java.util.ArrayList;
import java.util.List;
import tulpar.streams.text.Folding;

/**
 * Splits a sentence into clauses at commas, semicolons, colons and spaced dashes, so that "after
 * hosting a delegation from Uzbekistan last month, Fidan will join his Kazakh counterpart for the meeting"
 * gives the meeting the parties of its own clause. Pieces of three words or fewer (list items, datelines)
 * join the next piece.
 */
public final class Clauses {

  /** A clause: {@code [start, end)} of the folded text. */
  public record Clause(int start, int end) {
    public boolean contains(int offset) {
      return offset >= start && offset < end;
    }
  }

  private static final int SHORT_PIECE_WORDS = 3;

  private Clauses() {}

  public static List<Clause> of(String folded, Sentence sentence) {
    List<Clause> clauses = new ArrayList<>(4);
    int start = sentence.foldedStart();
    int words = 0;
    boolean inWord = false;
    for (int i = sentence.foldedStart(); i < sentence.foldedEnd(); i++) {
      boolean wordChar = Folding.isWordChar(folded.charAt(i));
      if (wordChar && !inWord) {
        words++;
      }
      inWord = wordChar;
      if (!wordChar && words > SHORT_PIECE_WORDS && isBoundary(folded, i)) {  // no boundary is a word char
        clauses.add(new Clause(start, i));
        start = i + 1;
        words = 0;
      }
    }
    clauses.add(new Clause(start, sentence.foldedEnd()));
    return clauses;
  }

  private static boolean isBoundary(String folded, int at) {
    char c = folded.charAt(at);
    if (c == ',' || c == ';' || c == ':') {
      return true;
    }
    return c == '-' && at > 0 && at + 1 < folded.length() && folded.charAt(at - 1) == ' '
        && folded.charAt(at + 1) == ' ';
  }

  public static Clause containing(List<Clause> clauses, int offset) {
    for (Clause clause : clauses) {
      if (clause.contains(offset)) {
        return clause;
      }
    }
    return clauses.get(clauses.size() - 1);
  }
}
