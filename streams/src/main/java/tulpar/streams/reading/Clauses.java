package tulpar.streams.reading;

import java.util.ArrayList;
import java.util.List;
import tulpar.streams.text.Words;

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
    List<Clause> clauses = new ArrayList<>();
    int start = sentence.foldedStart();
    for (int i = sentence.foldedStart(); i < sentence.foldedEnd(); i++) {
      if (isBoundary(folded, i) && Words.between(folded, start, i) > SHORT_PIECE_WORDS) {
        clauses.add(new Clause(start, i));
        start = i + 1;
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
    return clauses.stream().filter(c -> c.contains(offset)).findFirst().orElse(clauses.get(clauses.size() - 1));
  }
}
