package tulpar.streams.tagging;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the numbers of a folded text the way the six languages write them: "2.2", "8,95", "650.44",
 * "3,000", "3 000", "1.500" (a Turkish or Russian thousand). A group of exactly three digits after a single
 * separator is a thousands group in the Turkic languages and Russian; in English only after a comma.
 */
final class NumberReader {

  /** A number found at {@code [start, end)}. */
  record Number(int start, int end, double value) {}

  private NumberReader() {}

  /** The numbers that start in {@code [from, to)}; {@code from} must not fall inside a number. */
  static List<Number> read(String folded, int from, int to, String language) {
    List<Number> numbers = new ArrayList<>();
    int i = from;
    while (i < to) {
      if (!Character.isDigit(folded.charAt(i)) || (i > 0 && Character.isLetterOrDigit(folded.charAt(i - 1)))) {
        i++;
        continue;
      }
      int end = i;
      while (end < folded.length() && (Character.isDigit(folded.charAt(end)) || continuesNumber(folded, end))) {
        end++;
      }
      numbers.add(new Number(i, end, value(folded.substring(i, end), language)));
      i = end;
    }
    return numbers;
  }

  /** A separator belongs to the number when digits follow it (a space only before a group of three). */
  private static boolean continuesNumber(String text, int at) {
    char c = text.charAt(at);
    if (at + 1 >= text.length() || !Character.isDigit(text.charAt(at + 1))) {
      return false;
    }
    if (c == '.' || c == ',') {
      return true;
    }
    return c == ' ' && groupOfThreeAt(text, at + 1);
  }

  private static boolean groupOfThreeAt(String text, int at) {
    int end = at;
    while (end < text.length() && Character.isDigit(text.charAt(end))) {
      end++;
    }
    return end - at == 3 && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)));
  }

  static double value(String written, String language) {
    String compact = written.replace(" ", "");
    int lastDot = compact.lastIndexOf('.');
    int lastComma = compact.lastIndexOf(',');
    int decimalAt = -1;
    if (lastDot >= 0 && lastComma >= 0) {
      decimalAt = Math.max(lastDot, lastComma);
    } else if (lastComma >= 0 || lastDot >= 0) {
      int separator = Math.max(lastComma, lastDot);
      boolean single = compact.indexOf(compact.charAt(separator)) == separator;
      boolean thousands = compact.length() - separator - 1 == 3
          && (compact.charAt(separator) == ',' || !language.equals("en"));
      decimalAt = single && !thousands ? separator : -1;
    }
    StringBuilder digits = new StringBuilder();
    for (int i = 0; i < compact.length(); i++) {
      char c = compact.charAt(i);
      if (Character.isDigit(c)) {
        digits.append(c);
      } else if (i == decimalAt) {
        digits.append('.');
      }
    }
    return Double.parseDouble(digits.toString());
  }
}
