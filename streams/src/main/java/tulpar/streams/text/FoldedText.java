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
  private final int[] sentenceMarks;
  private final int sentenceMarkCount;
  private String folded;

  FoldedText(String original, char[] chars, int length, Shifts shifts, int[] sentenceMarks, int sentenceMarkCount) {
    this.original = original;
    this.chars = chars;
    this.length = length;
    this.shifts = shifts;
    this.sentenceMarks = sentenceMarks;
    this.sentenceMarkCount = sentenceMarkCount;
    shifts.index(length);
  }

  /**
   * Where a folded char came from, kept sparsely: most chars fold to one char, so a folded char at {@code i}
   * came from {@code i + shift}, and the shift only changes where whitespace collapses, a mark folds away or a
   * char folds to several. Each change is recorded as (folded offset, new shift); a text has a few dozen.
   *
   * <p>Once the text is folded ({@link #index}), the changes become segments — runs of folded chars with one
   * shift — and every {@value #BLOCK}th folded offset remembers the segment it falls in, so the shift at any
   * offset is a look-up and a step or two, not a search: the tagger asks for original offsets of every match,
   * word and sentence.
   */
  static final class Shifts {

    /** Folded offsets per entry of the block index. */
    private static final int BLOCK = 16;

    private int[] at = new int[4];
    private int[] shift = new int[4];
    private int size;
    /** For each block of folded offsets, the segment in force at its first offset. */
    private int[] blocks;
    private int length;

    void add(int foldedOffset, int newShift) {
      if (size == at.length) {
        at = Arrays.copyOf(at, 2 * size);
        shift = Arrays.copyOf(shift, 2 * size);
      }
      at[size] = foldedOffset;
      shift[size++] = newShift;
    }

    /**
     * Ends the recording for a folded text of {@code length} chars: segment 0 starts at offset 0 (with shift 0
     * unless a change was recorded there). The block index is built on first use: a folded term never needs it.
     */
    void index(int length) {
      this.length = length;
      this.blocks = null;
      if (size == 0 || at[0] != 0) {
        if (size + 1 > at.length) {
          at = Arrays.copyOf(at, size + 1);
          shift = Arrays.copyOf(shift, size + 1);
        }
        System.arraycopy(at, 0, at, 1, size);
        System.arraycopy(shift, 0, shift, 1, size);
        at[0] = 0;
        shift[0] = 0;
        size++;
      }
    }

    /** Builds the block index, on first use. */
    private int[] blocks() {
      if (blocks != null) {
        return blocks;
      }
      int[] index = new int[length / BLOCK + 1];
      int segment = 0;
      for (int block = 0; block < index.length; block++) {
        int offset = block * BLOCK;
        while (segment + 1 < size && at[segment + 1] <= offset) {
          segment++;
        }
        index[block] = segment;
      }
      blocks = index;
      return index;
    }

    /** The shift in force at a folded offset (at most the text's length). */
    int at(int foldedOffset) {
      int segment = size <= 2 ? 0 : blocks()[foldedOffset / BLOCK];
      while (segment + 1 < size && at[segment + 1] <= foldedOffset) {
        segment++;
      }
      return shift[segment];
    }

    /**
     * The first folded offset whose original offset is at or after {@code originalOffset}, or the text's length:
     * the first segment that reaches that far holds it. Original offsets never decrease along the folded text.
     */
    int foldedIndexAt(int originalOffset) {
      int low = 0;
      int high = size;
      while (low < high) {
        int middle = (low + high) >>> 1;
        int segmentEnd = middle + 1 < size ? at[middle + 1] : length;
        if (segmentEnd - 1 + shift[middle] < originalOffset) {
          low = middle + 1;
        } else {
          high = middle;
        }
      }
      if (low == size) {
        return length;
      }
      return Math.max(at[low], originalOffset - shift[low]);
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
    return shifts.foldedIndexAt(originalOffset);
  }

  /** The span of the original text that a folded range came from. */
  /** How many chars of the original may end a sentence (. ! ? … or a line break): noted while folding. */
  public int sentenceMarkCount() {
    return sentenceMarkCount;
  }

  /** The original offset of the {@code k}th char that may end a sentence, in text order. */
  public int sentenceMark(int k) {
    return sentenceMarks[k];
  }

  public Span span(int foldedStart, int foldedEnd) {
    int start = originalStart(foldedStart);
    int end = originalEnd(foldedEnd);
    return new Span(start, end, original.substring(start, end));
  }
}
