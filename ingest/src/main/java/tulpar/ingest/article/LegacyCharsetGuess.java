package tulpar.ingest.article;

import java.nio.charset.Charset;
import java.util.Optional;

/**
 * Tells, from byte statistics alone, whether bytes that are not UTF-8 are Windows-1251 (Cyrillic) or
 * Windows-1254 (Turkish) text, the two legacy encodings Tulpar's sources still produce. It answers only when the
 * bytes leave no doubt; anything else stays unknown, because a wrong guess turns an article into gibberish
 * that nobody is told about.
 *
 * <p>The two differ in where their letters sit: Russian words in Windows-1251 are runs of high bytes with no
 * ASCII letter inside, while Turkish words in Windows-1254 are ASCII words with a few high-byte letters (ç ğ ı
 * ö ş ü) inside them. Every high byte must be a letter or punctuation of the encoding, and there must be enough
 * of them to judge.
 */
final class LegacyCharsetGuess {

  static final Charset WINDOWS_1251 = Charset.forName("windows-1251");
  static final Charset WINDOWS_1254 = Charset.forName("windows-1254");

  /** Fewer letters than this are too few to judge from. */
  static final int MIN_CYRILLIC_LETTERS = 8;
  static final int MIN_TURKISH_LETTERS = 3;
  /** Windows-1251 words rarely touch ASCII letters: at most this share of them may. */
  private static final double MAX_CYRILLIC_MIXED = 0.05;
  /** Turkish letters sit inside Latin words: at least this share of them must. */
  private static final double MIN_TURKISH_MIXED = 0.8;

  /** Quotes, dashes, ellipsis, no-break space, guillemets and the like, alike in both encodings. */
  private static final String PUNCTUATION = "\u0084\u0085\u0091\u0092\u0093\u0094\u0095\u0096\u0097\u00A0\u00A7"
      + "\u00AB\u00B0\u00BB";
  /** The Turkish letters of Windows-1254 (Ç Ğ İ Ö Ş Ü ç ğ ı ö ş ü and the circumflexed vowels). */
  private static final String TURKISH_LETTERS = "\u00C7\u00D0\u00DD\u00D6\u00DE\u00DC\u00E7\u00F0\u00FD\u00F6\u00FE"
      + "\u00FC\u00C2\u00E2\u00CE\u00EE\u00DB\u00FB";

  private LegacyCharsetGuess() {}

  static Optional<Charset> guess(byte[] bytes) {
    LetterCounts cyrillic = new LetterCounts();
    LetterCounts turkish = new LetterCounts();
    int others1251 = 0;
    int others1254 = 0;
    for (int i = 0; i < bytes.length; i++) {
      int b = bytes[i] & 0xFF;
      if (b < 0x80) {
        continue;
      }
      boolean punctuation = PUNCTUATION.indexOf(b) >= 0;
      boolean mixed = isAsciiLetter(bytes, i - 1) || isAsciiLetter(bytes, i + 1);
      if (isCyrillicLetter(b)) {
        cyrillic.add(mixed);
      } else if (!punctuation) {
        others1251++;
      }
      if (TURKISH_LETTERS.indexOf(b) >= 0) {
        turkish.add(mixed);
      } else if (!punctuation) {
        others1254++;
      }
    }
    if (others1251 == 0 && cyrillic.letters >= MIN_CYRILLIC_LETTERS
        && cyrillic.mixedShare() <= MAX_CYRILLIC_MIXED) {
      return Optional.of(WINDOWS_1251);
    }
    if (others1254 == 0 && turkish.letters >= MIN_TURKISH_LETTERS && turkish.mixedShare() >= MIN_TURKISH_MIXED) {
      return Optional.of(WINDOWS_1254);
    }
    return Optional.empty();
  }

  /** А–я, Ё and ё in Windows-1251. */
  private static boolean isCyrillicLetter(int b) {
    return b >= 0xC0 || b == 0xA8 || b == 0xB8;
  }

  private static boolean isAsciiLetter(byte[] bytes, int i) {
    if (i < 0 || i >= bytes.length) {
      return false;
    }
    int b = bytes[i];
    return (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z');
  }

  private static final class LetterCounts {
    int letters;
    int mixed;

    void add(boolean touchesAscii) {
      letters++;
      if (touchesAscii) {
        mixed++;
      }
    }

    double mixedShare() {
      return letters == 0 ? 0 : (double) mixed / letters;
    }
  }
}
