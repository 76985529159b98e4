package tulpar.streams.text;

import java.util.Arrays;
import tulpar.schemas.Span;

/**
 * A text folded for matching (see {@link Folding}) together with a map from every folded char back to the
 * original text, so a match found in the folded text becomes a {@link Span} of the original. Runs of whitespace
 * fold to one space. The Uzbek letters o‘ and g‘ lose their apostrophe, so "O‘zbekiston" and "Ozbekiston" fold
 * alike.
 */
public final class FoldedText {

  private final String original;
  private final char[] chars;
  private final int length;
  private final Shifts shifts;
  private String folded;

  FoldedText(String original, char[] chars, int length, Shifts shifts) {
    this.original = original;
    this.chars = chars;
    this.length = length;
    this.shifts = shifts;
  }

  /**
   * Where a folded char came from, kept sparsely: most chars fold to one char, so a folded char at {@code i}
   * came from {@code i + shift}, and the shift only changes where whitespace collapses, a mark folds away or a
   * char folds to several. Each change is recorded as (folded offset, new shift); a text has a handful.
   */
  static final class Shifts {

    private int[] at = new int[16];
    private int[] shift = new int[16];
    private int size;

    void add(int foldedOffset, int newShift) {
      if (size == at.length) {
        at = Arrays.copyOf(at, 2 * size);
        shift = Arrays.copyOf(shift, 2 * size);
      }
      at[size] = foldedOffset;
      shift[size++] = newShift;
    }

    /** The shift in force at a folded offset. */
    int at(int foldedOffset) {
      int low = 0;
      int high = size - 1;
      int found = -1;
      while (low <= high) {
        int middle = (low + high) >>> 1;
        if (at[middle] <= foldedOffset) {
          found = middle;
          low = middle + 1;
        } else {
          high = middle - 1;
        }
      }
      return found < 0 ? 0 : shift[found];
    }
  }

  public static FoldedText of(String original) {
    return FoldScan.run(original, null).text();
  }

  /** Folds a term the way texts are folded, so terms and texts meet. */
  public static String fold(String term) {
    return of(term.strip()).folded();
  }

  public String original() {
    return original;
  }

  /** The folded text as a string (made on first use: matching reads the chars directly). */
  public String folded() {
    if (folded == null) {
      folded = new String(chars, 0, length);
    }
    return folded;
  }

  public int length() {
    return length;
  }

  public char charAt(int index) {
    return chars[index];
  }

  /** The folded chars, valid up to {@link #length()}: for readers that must not copy them. */
  char[] chars() {
    return chars;
  }

  /** The original offset where the folded char at {@code index} came from. */
  public int originalStart(int index) {
    return index >= length ? original.length() : index + shifts.at(index);
  }

  /** The original offset just past the folded range ending (exclusive) at {@code foldedEnd}. */
  public int originalEnd(int foldedEnd) {
    if (foldedEnd == 0) {
      return 0;
    }
    int start = originalStart(foldedEnd - 1);
    return start + Character.charCount(original.codePointAt(start));
  }

  /** The folded index of the first folded char at or after an original offset. */
  public int foldedIndexAt(int originalOffset) {
    int low = 0;
    int high = length;
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (originalStart(middle) < originalOffset) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
  }

  /** The span of the original text that a folded range came from. */
  public Span span(int foldedStart, int foldedEnd) {
    int start = originalStart(foldedStart);
    int end = originalEnd(foldedEnd);
    return new Span(start, end, original.substring(start, end));
  }
}
