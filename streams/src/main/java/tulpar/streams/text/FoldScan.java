package tulpar.streams.text;

import java.util.Arrays;

/**
 * The one pass over a text's chars: each char is folded ({@link Folding}, plus the rules that need its
 * neighbours: runs of whitespace become one space, the apostrophe of the Uzbek o‘ and g‘ goes) and written to the
 * folded text, with its original offset where that shifts. Then the {@link TermTrie} of folded terms is walked
 * over the folded chars, which by now lie in one small array the cache holds ({@link TermTrie#walk}).
 *
 * <p>A term that starts with a letter or digit can only start where a word starts, so no Aho–Corasick failure
 * links are needed: a walk from the root begins at each word start (and at each char that is not part of a
 * word, for terms such as "$") and ends when the trie has no child for the next char. Most words leave the trie
 * after two or three chars. A walk that reaches the end of a term records a candidate; whether it stands (word
 * boundaries, endings, case) is for {@link TermMatcher} to say once the text is folded.
 *
 * <p>Folding and walking were one loop, each folded char fed at once to the walks under way. Walking the folded
 * array afterwards, one walk at a time, is faster (the matching 1.15× in one JVM, interleaved, on the corpus):
 * a walk is then a tight loop of dependent reads, with no list of walks under way to keep at every char.
 *
 * <p>It runs over every char of every article, so the per-char path is a few small methods the compiler inlines
 * into one loop over a copy of the chars (an array reads faster than a string, and the copy goes to a buffer
 * the thread keeps); chars that fold to several chars or come as surrogate pairs take a slower path.
 */
final class FoldScan {

  private final String original;
  private final char[] chars;
  private final int n;
  private char[] out;
  private int length;
  /** Where the distance between original and folded offsets changes (see {@link FoldedText}). */
  private final FoldedText.Shifts shifts = new FoldedText.Shifts();
  private int shift;
  private final Candidates candidates = new Candidates();
  /** The original offsets of the chars that may end a sentence ({@link Folding#isSentenceMark}), in order. */
  private int[] marks;
  private int markCount;
  private StringBuilder several;

  /** The chars of the text being read, copied into a buffer each thread keeps: it never leaves the pass. */
  private static final ThreadLocal<char[]> BUFFER = ThreadLocal.withInitial(() -> new char[4096]);

  private FoldScan(String original) {
    this.original = original;
    this.chars = charsOf(original);
    this.n = original.length();
    this.out = new char[n + 16];
  }

  private static char[] charsOf(String text) {
    char[] buffer = BUFFER.get();
    if (buffer.length < text.length()) {
      buffer = new char[Math.max(text.length(), 2 * buffer.length)];
      BUFFER.set(buffer);
    }
    text.getChars(0, text.length(), buffer, 0);
    return buffer;
  }

  /** Folds a text, walking {@code trie} through it unless it is null. */
  static FoldScan run(String original, TermTrie trie) {
    FoldScan scan = new FoldScan(original);
    scan.scan();
    if (trie != null) {
      trie.walk(scan.out, scan.length, scan.candidates);
    }
    return scan;
  }

  FoldedText text() {
    return new FoldedText(original, out, length, shifts, marks, markCount);
  }

  Candidates candidates() {
    return candidates;
  }

  private void scan() {
    char[] text = chars;
    int i = 0;
    while (i < n) {
      char c = text[i];
      int entry = Folding.entry(c);
      if ((entry & Folding.SENTENCE_MARK) != 0) {
        mark(i);
      }
      if ((entry & Folding.KIND) == Folding.ONE) {
        char folded = (char) entry;
        // Space and apostrophe are the only chars the rules around a char drop; both sort low.
        boolean dropped = folded <= Folding.APOSTROPHE && (folded == Folding.SPACE
            ? length == 0 || out[length - 1] == Folding.SPACE
            : folded == Folding.APOSTROPHE && isUzbekLetterMark(i));
        if (!dropped) {
          append(folded, i);
        }
        i++;
      } else if ((entry & Folding.KIND) == Folding.SEVERAL) {
        i = appendSeveral(i);
      } else {
        i++;
      }
    }
  }

  private void mark(int originalAt) {
    if (marks == null) {
      marks = new int[32];  // made on the first: most folded terms and names have none
    } else if (markCount == marks.length) {
      marks = Arrays.copyOf(marks, 2 * markCount);
    }
    marks[markCount++] = originalAt;
  }

  /** A ligature, a compatibility char or a surrogate pair: folded through Unicode normalisation. */
  private int appendSeveral(int at) {
    int cp = Character.codePointAt(chars, at, n);
    if (several == null) {
      several = new StringBuilder(4);
    }
    several.setLength(0);
    Folding.foldCodePoint(cp, several);
    boolean dropped = several.length() == 0
        || (several.charAt(0) == Folding.SPACE && (length == 0 || out[length - 1] == Folding.SPACE));
    for (int k = 0; !dropped && k < several.length(); k++) {
      append(several.charAt(k), at);
    }
    return at + Character.charCount(cp);
  }

  /** The apostrophe of o‘ and g‘ before a letter belongs to the letter and folds away. */
  private boolean isUzbekLetterMark(int at) {
    if (at == 0 || at + 1 >= n) {
      return false;
    }
    char before = chars[at - 1];
    return (before == 'o' || before == 'O' || before == 'g' || before == 'G')
        && Character.isLetter(Character.codePointAt(chars, at + 1, n));
  }

  private void append(char folded, int originalAt) {
    int position = length;
    if (position == out.length) {
      out = Arrays.copyOf(out, 2 * position);
    }
    out[position] = folded;
    if (originalAt - position != shift) {
      shift = originalAt - position;
      shifts.add(position, shift);
    }
    length = position + 1;
  }

  /** Each term end a walk reached, in order of start: its start, its end and the trie state it ended in. */
  static final class Candidates {

    /** Made on the first candidate: a text folded without a trie (a term, a name) never needs it. */
    private int[] values;
    private int size;

    void add(int start, int end, int state) {
      if (values == null) {
        values = new int[3 * 64];
      } else if (3 * size + 3 > values.length) {
        values = Arrays.copyOf(values, 2 * values.length);
      }
      values[3 * size] = start;
      values[3 * size + 1] = end;
      values[3 * size + 2] = state;
      size++;
    }

    int size() {
      return size;
    }

    int start(int candidate) {
      return values[3 * candidate];
    }

    int end(int candidate) {
      return values[3 * candidate + 1];
    }

    int state(int candidate) {
      return values[3 * candidate + 2];
    }
  }
}
