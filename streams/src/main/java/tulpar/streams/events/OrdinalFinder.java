package tulpar.streams.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tulpar.streams.lexicon.Vocabulary;
import tulpar.streams.reading.ArticleReading;

/**
 * Finds ordinals: the words of {@code ordinals.tsv} and the numerals of every language: "8th", "13." before a
 * word (Turkish), "5-й", "8-е" (Russian), "4-chi", "7-ші", "2-ci", and Roman numerals written in capitals
 * ("VII кездесуі").
 */
final class OrdinalFinder {

  private static final Pattern NUMERAL = Pattern.compile(
      "(?<![\\p{L}\\p{N}.,])(\\d{1,3})(?:(?:st|nd|rd|th)|\\.(?= \\p{L})|-(?:й|я|е|го|м|ая|ое|ый|ий|ши|шы|ыншы|инши"
          + "|inchi|nchi|chi|ci|ncu|nci|cu))(?!\\p{L})");
  private static final Pattern ROMAN = Pattern.compile("(?<![\\p{L}\\p{N}.])(x{0,2}(?:ix|iv|v?i{0,3}))(?= \\p{L})");

  private OrdinalFinder() {}

  static List<Ordinal> find(ArticleReading reading, int from, int to) {
    List<Ordinal> ordinals = new ArrayList<>();
    reading.matches().within(Vocabulary.ORDINAL, from, to).forEach(m ->
        ordinals.add(new Ordinal(m.start(), m.end(), Integer.parseInt(m.payload().key()))));
    String folded = reading.text().folded();
    Matcher numeral = NUMERAL.matcher(folded).region(from, to);
    while (numeral.find()) {
      ordinals.add(new Ordinal(numeral.start(), numeral.end(), Integer.parseInt(numeral.group(1))));
    }
    Matcher roman = ROMAN.matcher(folded).region(from, to);
    while (roman.find()) {
      String original = reading.text().span(roman.start(), roman.end()).getText();
      if (roman.group(1).length() >= 2 && original.equals(original.toUpperCase(Locale.ROOT))) {
        ordinals.add(new Ordinal(roman.start(), roman.end(), romanValue(roman.group(1))));
      }
    }
    ordinals.sort(Comparator.comparingInt(Ordinal::start));
    return ordinals;
  }

  private static int romanValue(String roman) {
    int total = 0;
    for (int i = 0; i < roman.length(); i++) {
      int value = romanDigit(roman.charAt(i));
      boolean subtractive = i + 1 < roman.length() && value < romanDigit(roman.charAt(i + 1));
      total += subtractive ? -value : value;
    }
    return total;
  }

  private static int romanDigit(char c) {
    return switch (c) {
      case 'x' -> 10;
      case 'v' -> 5;
      default -> 1;
    };
  }
}
