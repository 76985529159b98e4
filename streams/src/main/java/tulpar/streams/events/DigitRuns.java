package tulpar.streams.events;

import java.util.ArrayList;
import java.util.List;

/** The runs of digits in a stretch of folded text, found once for the date and ordinal readers. */
final class DigitRuns {

  /** A run {@code [start, end)} of digits. */
  record Run(int start, int end) {
    int value(String folded) {
      int value = 0;
      for (int i = start; i < end && value < 100_000_000; i++) {
        value = value * 10 + (folded.charAt(i) - '0');
      }
      return value;
    }

    int length() {
      return end - start;
    }
  }

  private DigitRuns() {}

  static List<Run> in(String folded, int from, int to) {
    List<Run> runs = new ArrayList<>();
    int i = from;
    while (i < to) {
      if (isDigit(folded.charAt(i))) {
        int start = i;
        while (i < to && isDigit(folded.charAt(i))) {
          i++;
        }
        runs.add(new Run(start, i));
      } else {
        i++;
      }
    }
    return runs;
  }

  /** ASCII digits only: folding turns other scripts' digits into these. */
  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  static char before(String folded, int at) {
    return at > 0 ? folded.charAt(at - 1) : ' ';
  }

  static char at(String folded, int at) {
    return at < folded.length() ? folded.charAt(at) : ' ';
  }
}
