package tulpar.streams.text;

/** Word-level distances in folded text. */
public final class Words {

  private Words() {}

  /** How many words lie wholly inside {@code [from, to)}; -1 when {@code to < from}. */
  public static int between(String folded, int from, int to) {
    return between(folded, from, to, Integer.MAX_VALUE - 1);
  }

  /**
   * As {@link #between(String, int, int)}, but counting stops past {@code cap}: {@code cap + 1} then stands for
   * "more". Most callers only ask whether two things are a word or two apart, and the text between may be long.
   */
  public static int between(String folded, int from, int to, int cap) {
    if (to < from) {
      return -1;
    }
    int words = 0;
    boolean inWord = false;
    for (int i = from; i < to && words <= cap; i++) {
      boolean wordChar = Folding.isWordChar(folded.charAt(i));
      if (wordChar && !inWord) {
        words++;
      }
      inWord = wordChar;
    }
    return words;
  }

  /** The words separating two ranges, whichever comes first; 0 when they touch or overlap. */
  public static int apart(String folded, int startA, int endA, int startB, int endB) {
    return apart(folded, startA, endA, startB, endB, Integer.MAX_VALUE - 1);
  }

  /** As {@link #apart(String, int, int, int, int)}, counting no further than {@code cap + 1}. */
  public static int apart(String folded, int startA, int endA, int startB, int endB, int cap) {
    if (endA <= startB) {
      return between(folded, endA, startB, cap);
    }
    if (endB <= startA) {
      return between(folded, endB, startA, cap);
    }
    return 0;
  }
}
