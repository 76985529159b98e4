package tulpar.alerts.matching;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds text for keyword matching the way news is actually written: case, diacritics and the Turkish dotted
 * and dotless i do not matter ("Türkiye", "TURKIYE" and "turkiye" are one word), and runs of spaces are one.
 */
final class TextFold {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private TextFold() {}

  static String fold(String text) {
    // ı has no decomposition; İ decomposes to I + a combining dot, which MARKS removes.
    String withoutMarks = MARKS.matcher(Normalizer.normalize(text.replace('ı', 'i'), Normalizer.Form.NFD)).replaceAll("");
    return SPACES.matcher(withoutMarks.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
  }

  /** Whether {@code phrase} occurs in {@code text} as whole words; both already folded. */
  static boolean containsPhrase(String text, String phrase) {
    if (phrase.isEmpty()) {
      return false;
    }
    for (int at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
      int end = at + phrase.length();
      if (!isWordChar(text, at - 1) && !isWordChar(text, end)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isWordChar(String text, int index) {
    return index >= 0 && index < text.length() && Character.isLetterOrDigit(text.charAt(index));
  }
}
