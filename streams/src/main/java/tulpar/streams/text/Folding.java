package tulpar.streams.text;

import java.text.Normalizer;

/**
 * How one character of real text is reduced for matching: NFKC, then diacritics removed, then a case fold that
 * treats the Turkish dotted and dotless i alike (I, İ, ı and i all become i, whatever the default locale). Kazakh,
 * Uzbek and Azerbaijani letters that careless text writes without their marks (қ, ғ, ң, ө, ұ, ү, һ, ә, і, ҳ, ə)
 * fold to the plain letter, so "Қазақстан" and "Казахстан" meet at "казакстан" / "казахстан" the same way
 * "Türkiye" and "Turkiye" do. Apostrophes, dashes and quotes of every shape fold to one each.
 *
 * <p>Unicode normalisation is far too slow to run per character of every article, so each character's fold is
 * worked out once, the first time it is seen, and kept in a table of the Basic Multilingual Plane. The table is
 * filled without locks: an entry is one {@code int}, written whole, and recomputing it gives the same value, so
 * threads racing on a new character can only do the same work twice.
 */
public final class Folding {

  public static final char APOSTROPHE = '\'';
  public static final char DASH = '-';
  public static final char QUOTE = '"';
  public static final char SPACE = ' ';

  /**
   * Table entries: the kind in bits 16-17, whether the folded char is part of a word in bit 18, the folded char
   * (for {@link #ONE}) in the low half; 0 = not worked out yet. Surrogates are {@link #SEVERAL}: their code
   * point needs both halves. Bit 19 marks a char that may end a sentence in the original ({@link
   * #SENTENCE_MARK}), so the pass that folds the text also finds where its sentences may end.
   */
  static final int ONE = 1 << 16;
  static final int NONE = 2 << 16;
  static final int SEVERAL = 3 << 16;
  static final int KIND = 3 << 16;
  static final int WORD_CHAR = 1 << 18;
  static final int SENTENCE_MARK = 1 << 19;

  private static final int[] TABLE = new int[0x10000];
  private static final boolean[] WORD = new boolean[0x10000];

  static {
    for (int c = 0; c < WORD.length; c++) {
      WORD[c] = Character.isLetterOrDigit((char) c);
    }
    for (int c = Character.MIN_SURROGATE; c <= Character.MAX_SURROGATE; c++) {
      TABLE[c] = SEVERAL;
    }
  }

  private Folding() {}

  /**
   * The fold of a BMP char that is not a surrogate: {@link #ONE} plus the folded char, {@link #NONE} when it
   * folds to nothing (a combining mark), {@link #SEVERAL} when to more than one char (a ligature).
   */
  static int entry(char c) {
    int entry = TABLE[c];
    if (entry == 0) {
      entry = compute(c);
      TABLE[c] = entry;
    }
    return entry;
  }

  private static int compute(char c) {
    StringBuilder folded = new StringBuilder(2);
    foldCodePoint(c, folded);
    int entry = switch (folded.length()) {
      case 0 -> NONE;
      case 1 -> ONE | (WORD[folded.charAt(0)] ? WORD_CHAR : 0) | folded.charAt(0);
      default -> SEVERAL;
    };
    return isSentenceMark(c) ? entry | SENTENCE_MARK : entry;
  }

  /** A line break, or a char after which a sentence may end: . ! ? … */
  static boolean isSentenceMark(char c) {
    return c == '\n' || c == '.' || c == '!' || c == '?' || c == '…';
  }

  /** Appends the folded form of one code point (possibly nothing, possibly several chars). */
  static void foldCodePoint(int cp, StringBuilder out) {
    if (cp < 0x80) {
      foldAscii((char) cp, out);
      return;
    }
    char special = special(cp);
    if (special != 0) {
      out.append(special);
      return;
    }
    String decomposed = Normalizer.normalize(
        Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKC), Normalizer.Form.NFD);
    decomposed.codePoints()
        .filter(c -> Character.getType(c) != Character.NON_SPACING_MARK)
        .forEach(c -> {
          char mapped = special(c);
          if (mapped != 0) {
            out.append(mapped);
          } else if (c < 0x80) {
            foldAscii((char) c, out);
          } else {
            out.appendCodePoint(Character.toLowerCase(c));
          }
        });
  }

  private static void foldAscii(char c, StringBuilder out) {
    if (c == '`') {
      out.append(APOSTROPHE);
    } else if (Character.isWhitespace(c)) {
      out.append(SPACE);
    } else if (c >= 'A' && c <= 'Z') {
      out.append((char) (c + ('a' - 'A')));
    } else {
      out.append(c);
    }
  }

  /** Characters whose fold is not what Unicode decomposition and lower-casing give. */
  private static char special(int cp) {
    return switch (cp) {
      case 'I', 'İ', 'ı' -> 'i';
      case '\u2018', '\u2019', '\u02BB', '\u02BC', '\u00B4', '\u2032', '\u02B9' -> APOSTROPHE;
      case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> DASH;
      case '\u201C', '\u201D', '\u201E', '\u00AB', '\u00BB', '\u2033' -> QUOTE;
      case '\u00A0', '\u2007', '\u202F', '\u2009', '\u200A', '\u3000' -> SPACE;
      case 'Қ', 'қ' -> 'к';
      case 'Ғ', 'ғ' -> 'г';
      case 'Ң', 'ң' -> 'н';
      case 'Ө', 'ө' -> 'о';
      case 'Ұ', 'ұ', 'Ү', 'ү' -> 'у';
      case 'Һ', 'һ', 'Ҳ', 'ҳ' -> 'х';
      case 'Ә', 'ә' -> 'а';
      case 'І', 'і' -> 'и';
      case 'Ə', 'ə' -> 'e';
      default -> Character.isSpaceChar(cp) || Character.isWhitespace(cp) ? SPACE : 0;
    };
  }

  /** True for the characters that make up words in folded text. */
  public static boolean isWordChar(char c) {
    return WORD[c];
  }

  /** True for apostrophe-like characters that Uzbek Latin uses as part of the letters o‘ and g‘. */
  static boolean isApostrophe(int cp) {
    return cp == '\'' || cp == '`' || special(cp) == APOSTROPHE;
  }
}
