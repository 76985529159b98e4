package tulpar.streams.text;

/** Word-level distances in folded text. */
public final class Words {

  private Words() {}

  /** How many words lie wholly inside {@code [from, to)}; -1 when {@code to < from}. */
  public static int between(String folded, int from, int to) {
    if (to < from) {
      return -1;
    }
    int words = 0;
    boolean inWord = false;
    for (int i = from; i < to; i++) {
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
    if (endA <= startB) {
      return between(folded, endA, startB);
    }
    if (endB <= startA) {
      return between(folded, endB, startA);
    }
    return 0;
  }
}
