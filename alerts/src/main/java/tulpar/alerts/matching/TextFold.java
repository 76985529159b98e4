package tulpar.alerts.matching;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
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

  /**
   * The words of folded text: its runs of letters and digits, the units {@link #containsPhrase} respects. A phrase
   * found in a text always has its first word among the text's words.
   */
  static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      boolean word = isWordChar(text, i);
      if (word && start < 0) {
        start = i;
      } else if (!word && start >= 0) {
        words.add(text.substring(start, i));
        start = -1;
      }
    }
    return words;
  }

  private static boolean isWordChar(String text, int index) {
    return index >= 0 && index < text.length() && Character.isLetterOrDigit(text.charAt(index));
  }
}
