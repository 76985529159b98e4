package tulpar.streams.duplicates;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Optional;
import java.util.SplittableRandom;
import tulpar.streams.text.Folding;

/**
 * A MinHash signature of a text: for each of {@value #SIZE} hash functions, the least hash of the text's word
 * 3-shingles. The share of positions where two signatures agree estimates the Jaccard similarity of the two
 * texts' shingle sets (about ±0.07 at 0.5), which is what "most of the text in common" means for a syndicated
 * copy with another headline, a byline or a trimmed last paragraph.
 *
 * <p>MinHash rather than SimHash: SimHash's small Hamming distances find only near-identical pages; a copy with
 * one sentence in five rewritten is a dozen bits away, where unrelated texts already are. Words are lower-cased
 * letters and digits, so punctuation, spacing and markup do not count.
 */
public final class TextSignature {

  /** Hash functions in a signature: 16 bands of 3 for the index, all 48 for the similarity estimate. */
  public static final int SIZE = 48;
  /** Fewer shingles than this (a text of under ten words) carry too little to call anything a copy of it. */
  static final int MIN_SHINGLES = 8;

  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;
  private static final long[] MULTIPLIERS = new long[SIZE];
  private static final long[] ADDENDS = new long[SIZE];
  /** {@code Character.toLowerCase} of every char, from a table: it is asked once per letter of every article. */
  private static final char[] LOWER_CASE = new char[Character.MAX_VALUE + 1];

  static {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      LOWER_CASE[c] = Character.toLowerCase((char) c);
    }
    // A fixed seed: signatures stored before a restart must compare with those computed after it.
    SplittableRandom random = new SplittableRandom(0x7475_6c70_6172L);
    for (int i = 0; i < SIZE; i++) {
      MULTIPLIERS[i] = random.nextLong() | 1;
      ADDENDS[i] = random.nextLong();
    }
  }

  private final int[] minima;

  private TextSignature(int[] minima) {
    this.minima = minima;
  }

  /** The signature of the text, or empty when it is too short to compare. */
  public static Optional<TextSignature> of(CharSequence text) {
    int[] minima = new int[SIZE];
    Arrays.fill(minima, Integer.MAX_VALUE);
    long first = 0;
    long second = 0;
    int words = 0;
    int shingles = 0;
    long word = FNV_OFFSET;
    boolean inWord = false;
    for (int i = 0, n = text.length(); i <= n; i++) {
      char c = i < n ? text.charAt(i) : ' ';
      if (Folding.isWordChar(c)) {  // Character.isLetterOrDigit, from a table
        word = (word ^ LOWER_CASE[c]) * FNV_PRIME;
        inWord = true;
      } else if (inWord) {
        if (++words >= 3) {
          addShingle(minima, mix(first * 31 * 31 + second * 31 + word));
          shingles++;
        }
        first = second;
        second = word;
        word = FNV_OFFSET;
        inWord = false;
      }
    }
    return shingles < MIN_SHINGLES ? Optional.empty() : Optional.of(new TextSignature(minima));
  }

  /** Universal hashing of an already mixed value: the high 32 bits of a·x + b, one pair per function. */
  private static void addShingle(int[] minima, long shingle) {
    for (int i = 0; i < SIZE; i++) {
      int hash = (int) ((MULTIPLIERS[i] * shingle + ADDENDS[i]) >>> 33);
      if (hash < minima[i]) {
        minima[i] = hash;
      }
    }
  }

  /** The finaliser of MurmurHash3: spreads the word hashes' bits over all 64 before the linear hashing. */
  private static long mix(long h) {
    h = (h ^ (h >>> 33)) * 0xff51afd7ed558ccdL;
    h = (h ^ (h >>> 33)) * 0xc4ceb9fe1a85ec53L;
    return h ^ (h >>> 33);
  }

  /** The estimated Jaccard similarity of the two texts' shingles: the share of equal minima, 0 to 1. */
  public double similarity(TextSignature other) {
    return equalMinima(other) / (double) SIZE;
  }

  /** How many of the two signatures' minima are equal, 0 to {@link #SIZE}. */
  int equalMinima(TextSignature other) {
    int equal = 0;
    for (int i = 0; i < SIZE; i++) {
      if (minima[i] == other.minima[i]) {
        equal++;
      }
    }
    return equal;
  }

  /** The least number of equal minima whose {@link #similarity} is at least {@code similarity}. */
  static int equalMinimaFor(double similarity) {
    int equal = 0;
    while (equal <= SIZE && equal / (double) SIZE < similarity) {
      equal++;
    }
    return equal;
  }

  /** The key of band {@code band} (0 to {@link NearDuplicateIndex#BANDS} − 1): its rows hashed together. */
  long bandKey(int band, int rows) {
    long key = band;
    for (int row = band * rows; row < (band + 1) * rows; row++) {
      key = key * 0x9e3779b97f4a7c15L + minima[row];
    }
    return key;
  }

  byte[] toBytes() {
    ByteBuffer bytes = ByteBuffer.allocate(SIZE * Integer.BYTES);
    bytes.asIntBuffer().put(minima);
    return bytes.array();
  }

  /** Reads a signature written by {@link #toBytes()}, leaving the buffer after it. */
  static TextSignature fromBytes(ByteBuffer bytes) {
    int[] minima = new int[SIZE];
    for (int i = 0; i < SIZE; i++) {
      minima[i] = bytes.getInt();
    }
    return new TextSignature(minima);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TextSignature that && Arrays.equals(minima, that.minima);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(minima);
  }
}
