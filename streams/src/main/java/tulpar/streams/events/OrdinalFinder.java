package tulpar.streams.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import tulpar.streams.lexicon.Vocabulary;
import tulpar.streams.reading.ArticleReading;

/**
 * Finds ordinals: the words of {@code ordinals.tsv} and the numerals of every language: "8th", "13." before a
 * word (Turkish), "5-й", "8-е" (Russian), "4-chi", "7-ші", "2-ci", and Roman numerals written in capitals
 * ("VII кездесуі").
 */
final class OrdinalFinder {

  /** Endings of numerals after a hyphen: Russian, Kazakh, Uzbek, Azerbaijani and Turkish. */
  private static final List<String> HYPHEN_ENDINGS = List.of("й", "я", "е", "го", "м", "ая", "ое", "ый", "ий", "ши",
      "шы", "ыншы", "инши", "inchi", "nchi", "chi", "ci", "ncu", "nci", "cu");
  private static final Set<String> ENGLISH_ENDINGS = Set.of("st", "nd", "rd", "th");
  private static final Pattern ROMAN = Pattern.compile("x{0,2}(?:ix|iv|v?i{0,3})");
  private static final int MAX_DIGITS = 3;

  private OrdinalFinder() {}

  static List<Ordinal> find(ArticleReading reading, int from, int to) {
    List<Ordinal> ordinals = new ArrayList<>();
    reading.matches().within(Vocabulary.ORDINAL, from, to).forEach(m ->
        ordinals.add(new Ordinal(m.start(), m.end(), Integer.parseInt(m.payload().key()))));
    String folded = reading.text().folded();
    for (DigitRuns.Run run : DigitRuns.in(folded, from, to)) {
      char before = DigitRuns.before(folded, run.start());
      if (run.length() <= MAX_DIGITS && !Character.isLetterOrDigit(before) && before != '.' && before != ',') {
        int end = numeralEnd(folded, run.end());
        if (end > 0) {
          ordinals.add(new Ordinal(run.start(), end, run.value(folded)));
        }
      }
    }
    romans(reading, from, to, ordinals);
    ordinals.sort(Comparator.comparingInt(Ordinal::start));
    return ordinals;
  }

  /** Where a numeral's ordinal ending ends ("8th", "13. Zirve", "5-й"), or -1 when it has none. */
  private static int numeralEnd(String folded, int digitsEnd) {
    if (digitsEnd + 2 <= folded.length() && ENGLISH_ENDINGS.contains(folded.substring(digitsEnd, digitsEnd + 2))
        && !Character.isLetter(DigitRuns.at(folded, digitsEnd + 2))) {
      return digitsEnd + 2;
    }
    if (DigitRuns.at(folded, digitsEnd) == '.' && DigitRuns.at(folded, digitsEnd + 1) == ' '
        && Character.isLetter(DigitRuns.at(folded, digitsEnd + 2))) {
      return digitsEnd + 1;
    }
    if (DigitRuns.at(folded, digitsEnd) == '-') {
      for (String ending : HYPHEN_ENDINGS) {
        int end = digitsEnd + 1 + ending.length();
        if (folded.startsWith(ending, digitsEnd + 1) && !Character.isLetter(DigitRuns.at(folded, end))) {
          return end;
        }
      }
    }
    return -1;
  }

  /** Roman numerals written in capitals before a word: "VII кездесуі". */
  private static void romans(ArticleReading reading, int from, int to, List<Ordinal> ordinals) {
    String folded = reading.text().folded();
    for (int i = from; i < to; i++) {
      char c = folded.charAt(i);
      if (c != 'i' && c != 'v' && c != 'x') {
        continue;  // the test of the char first: it runs on every char of the sentence
      }
      char before = DigitRuns.before(folded, i);
      if (!Character.isLetterOrDigit(before) && before != '.') {
        int end = i;
        while (end < to && "ivx".indexOf(folded.charAt(end)) >= 0) {
          end++;
        }
        boolean beforeAWord = DigitRuns.at(folded, end) == ' ' && Character.isLetter(DigitRuns.at(folded, end + 1));
        if (end - i >= 2 && beforeAWord && Character.isUpperCase(reading.text().original()
            .charAt(reading.text().originalStart(i)))) {
          String numeral = folded.substring(i, end);
          String original = reading.text().span(i, end).getText();
          if (ROMAN.matcher(numeral).matches() && original.equals(original.toUpperCase(Locale.ROOT))) {
            ordinals.add(new Ordinal(i, end, romanValue(numeral)));
          }
        }
        i = end;
      }
    }
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
