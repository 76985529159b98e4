package tulpar.streams.text;

import java.util.Arrays;
import tulpar.schemas.Span;

/**
 * A text folded for matching (see {@link Folding}) together with a map from every folded char back to the
 * original text, so a match found in the folded buffer becomes a {@link Span} of the original. Runs of
 * whitespace fold to one space. The Uzbek letters o‘ and g‘ lose their apostrophe, so "O‘zbekiston" and
 * "Ozbekiston" fold alike.
 */
public final class FoldedText {

  private final String original;
  private final String folded;
  private final int[] originalStart;
  private final int[] originalEnd;

  private FoldedText(String original, String folded, int[] originalStart, int[] originalEnd) {
    this.original = original;
    this.folded = folded;
    this.originalStart = originalStart;
    this.originalEnd = originalEnd;
  }

  public static FoldedText of(String original) {
    StringBuilder out = new StringBuilder(original.length());
    int[] starts = new int[original.length() + 16];
    int[] ends = new int[original.length() + 16];
    int i = 0;
    while (i < original.length()) {
      int cp = original.codePointAt(i);
      int next = i + Character.charCount(cp);
      if (!isUzbekLetterMark(original, i, cp, next)) {
        int before = out.length();
        Folding.foldCodePoint(cp, out);
        if (out.length() > before && out.charAt(before) == Folding.SPACE
            && (before == 0 || out.charAt(before - 1) == Folding.SPACE)) {
          out.setLength(before);
        }
        if (out.length() > starts.length) {
          starts = Arrays.copyOf(starts, out.length() * 2);
          ends = Arrays.copyOf(ends, out.length() * 2);
        }
        for (int k = before; k < out.length(); k++) {
          starts[k] = i;
          ends[k] = next;
        }
      }
      i = next;
    }
    return new FoldedText(original, out.toString(), Arrays.copyOf(starts, out.length()),
        Arrays.copyOf(ends, out.length()));
  }

  /** Folds a term the way texts are folded, so terms and texts meet. */
  public static String fold(String term) {
    return of(term.strip()).folded;
  }

  private static boolean isUzbekLetterMark(String text, int at, int cp, int next) {
    if (!Folding.isApostrophe(cp) || at == 0 || next >= text.length()) {
      return false;
    }
    char before = text.charAt(at - 1);
    return (before == 'o' || before == 'O' || before == 'g' || before == 'G')
        && Character.isLetter(text.codePointAt(next));
  }

  public String original() {
    return original;
  }

  public String folded() {
    return folded;
  }

  public int length() {
    return folded.length();
  }

  public char charAt(int index) {
    return folded.charAt(index);
  }

  /** The original offset where the folded char at {@code index} came from. */
  public int originalStart(int index) {
    return index >= originalStart.length ? original.length() : originalStart[index];
  }

  /** The original offset just past the folded range ending (exclusive) at {@code foldedEnd}. */
  public int originalEnd(int foldedEnd) {
    return foldedEnd == 0 ? 0 : originalEnd[foldedEnd - 1];
  }

  /** The folded index of the first folded char at or after an original offset. */
  public int foldedIndexAt(int originalOffset) {
    int index = Arrays.binarySearch(originalStart, originalOffset);
    if (index < 0) {
      index = -index - 1;
    }
    while (index > 0 && originalStart[index - 1] == originalOffset) {
      index--;
    }
    return index;
  }

  /** The span of the original text that a folded range came from. */
  public Span span(int foldedStart, int foldedEnd) {
    int start = originalStart(foldedStart);
    int end = originalEnd(foldedEnd);
    return new Span(start, end, original.substring(start, end));
  }
}
