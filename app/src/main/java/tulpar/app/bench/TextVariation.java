package tulpar.app.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import tulpar.streams.events.EnglishOrdinals;

/**
 * The edits that turn one article into many different ones: years moved by a whole number of years (dates stay
 * valid and in the range the date finder reads, 1950–2100), ordinals moved ("9th summit" becomes "23rd summit",
 * so a new event), the countries of English text swapped (with their adjectives and capitals), other figures changed, sentences of other articles in the same language put in between and,
 * for articles without events, some sentences left out. Two copies of one article then share well under half of
 * their word triples, so the duplicate detector does not take one for a copy of the other.
 */
final class TextVariation {

  static final int MIN_YEAR = 1950;
  static final int MAX_YEAR = 2100;

  private static final Pattern SENTENCE_END = Pattern.compile(
      "(?<=\\p{Ll}{3}[.!?…]|[\"”»)][.!?…]|\\p{Ll}{3}[.!?…][\"”»])\\s+(?=[\\p{Lu}\"«“])");
  private static final Pattern PARAGRAPH = Pattern.compile("\\n\\s*\\n|\\n");
  private TextVariation() {}

  /** Paragraphs (split at line breaks), each cut into sentences. */
  static List<List<String>> paragraphs(String text) {
    List<List<String>> paragraphs = new ArrayList<>();
    for (String paragraph : PARAGRAPH.split(text.strip())) {
      List<String> sentences = new ArrayList<>();
      for (String sentence : SENTENCE_END.split(paragraph.strip())) {
        if (!sentence.isBlank()) {
          sentences.add(sentence.strip());
        }
      }
      if (!sentences.isEmpty()) {
        paragraphs.add(sentences);
      }
    }
    return paragraphs;
  }

  /**
   * The shifts of whole years that keep every year of {@code text} in range and the publication date no later
   * than {@code today} (ingest refuses articles from the future); {0, 0} when there is none.
   */
  static int[] yearShiftRange(String text, LocalDate published, LocalDate today) {
    int min = published.getYear();
    int max = published.getYear();
    for (int i = 0; i < text.length(); i = runEnd(text, i)) {
      if (isYear(text, i)) {
        int value = Integer.parseInt(text, i, i + 4, 10);
        min = Math.min(min, value);
        max = Math.max(max, value);
      }
    }
    int latest = today.getYear() - published.getYear();
    while (published.plusYears(latest).isAfter(today)) {
      latest--;
    }
    int low = MIN_YEAR - min;
    int high = Math.min(MAX_YEAR - max, latest);
    return low <= high ? new int[] {low, high} : new int[] {0, 0};
  }

  // The edits scan the text by hand rather than with regular expressions: with look-behinds at every position,
  // the expressions made building the mix the slowest part of the whole bench (a profile of 2026-11-23).

  static String shiftYears(String text, int shift) {
    if (shift == 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    int copied = 0;
    for (int i = 0; i < text.length(); i = runEnd(text, i)) {
      if (isYear(text, i)) {
        out.append(text, copied, i).append(Integer.parseInt(text, i, i + 4, 10) + shift);
        copied = i + 4;
      }
    }
    return out.append(text, copied, text.length()).toString();
  }

  static String shiftOrdinals(String text, int shift) {
    if (shift == 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    int copied = 0;
    for (int i = 0; i < text.length(); i = runEnd(text, i)) {
      int end = runEnd(text, i);
      if (isDigit(text, i) && end - i <= 3 && !precededBy(text, i, ".,") && hasOrdinalSuffix(text, end)
          && !isWordChar(text, end + 2)) {
        out.append(text, copied, i).append(EnglishOrdinals.of(Integer.parseInt(text, i, end, 10) + shift));
        copied = end + 2;
      }
    }
    return out.append(text, copied, text.length()).toString();
  }

  /**
   * Changes every figure above 31 by a factor of ½ to 2: 47, 1.5, 1,200. Days and small counts stay, so dates stay
   * valid; so do years, ordinals and anything joined to other figures (2026-02-02, 11.11.2022, 10:30, 3/4).
   */
  static String varyFigures(String text, SplittableRandom random) {
    StringBuilder out = new StringBuilder(text.length());
    int copied = 0;
    int i = 0;
    while (i < text.length()) {
      if (!isDigit(text, i) || precededBy(text, i, ".,:/-")) {
        i = runEnd(text, i);
        continue;
      }
      int wholeEnd = runEnd(text, i);
      boolean grouped = false;
      if (wholeEnd - i <= 3) {
        while (charAt(text, wholeEnd) == ',' && digitsAt(text, wholeEnd + 1, 3) && !isDigit(text, wholeEnd + 4)) {
          wholeEnd += 4;
          grouped = true;
        }
      }
      int end = wholeEnd;
      int decimals = 0;
      if (charAt(text, end) == '.' && isDigit(text, end + 1)) {
        end = runEnd(text, end + 1);
        decimals = end - wholeEnd - 1;
      }
      boolean joined = isDigit(text, end) || ".,:/-".indexOf(charAt(text, end)) >= 0 && end < text.length()
          || hasOrdinalSuffix(text, end);
      if (!joined) {
        String whole = text.substring(i, wholeEnd).replace(",", "");
        long value = Long.parseLong(whole);
        boolean year = !grouped && whole.length() == 4 && value >= MIN_YEAR && value <= MAX_YEAR;
        if (!year && (value > 31 || decimals > 0)) {
          double factor = 0.5 + 1.5 * random.nextDouble();
          String changed;
          if (decimals > 0) {
            double number = Double.parseDouble(whole + "." + text.substring(wholeEnd + 1, end));
            changed = String.format(Locale.ROOT, "%." + decimals + "f", Math.max(0.1, number * factor));
          } else {
            long number = Math.max(32, Math.round(value * factor));
            changed = grouped ? String.format(Locale.ROOT, "%,d", number) : Long.toString(number);
          }
          out.append(text, copied, i).append(changed);
          copied = end;
        }
      }
      i = end;
    }
    return out.append(text, copied, text.length()).toString();
  }

  /** The end of the run of ASCII digits at {@code i}, or {@code i + 1} when there is none. */
  private static int runEnd(String text, int i) {
    int end = i;
    while (isDigit(text, end)) {
      end++;
    }
    return Math.max(end, i + 1);
  }

  /** Four digits alone (not after "1,", as in 1,2024) from 1950 to 2100. */
  private static boolean isYear(String text, int i) {
    if (!isDigit(text, i) || Character.isDigit(charAt(text, i - 1)) || runEnd(text, i) != i + 4
        || Character.isDigit(charAt(text, i + 4))
        || charAt(text, i - 1) == ',' && Character.isDigit(charAt(text, i - 2))) {
      return false;
    }
    int value = Integer.parseInt(text, i, i + 4, 10);
    return value >= MIN_YEAR && value <= MAX_YEAR;
  }

  private static boolean hasOrdinalSuffix(String text, int i) {
    return text.startsWith("st", i) || text.startsWith("nd", i) || text.startsWith("rd", i)
        || text.startsWith("th", i);
  }

  private static boolean precededBy(String text, int i, String chars) {
    char before = charAt(text, i - 1);
    return Character.isDigit(before) || before != 0 && chars.indexOf(before) >= 0;
  }

  private static boolean digitsAt(String text, int i, int count) {
    for (int k = 0; k < count; k++) {
      if (!isDigit(text, i + k)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isDigit(String text, int i) {
    char c = charAt(text, i);
    return c >= '0' && c <= '9';
  }

  private static boolean isWordChar(String text, int i) {
    char c = charAt(text, i);
    return c == '_' || c != 0 && Character.isLetterOrDigit(c);
  }

  /** The char at {@code i}, or 0 outside the text. */
  private static char charAt(String text, int i) {
    return i >= 0 && i < text.length() ? text.charAt(i) : 0;
  }

  /** Country, adjective and capital in English, so a country swaps with all three. */
  private static final String[][] COUNTRIES = {
      {"Kazakhstan", "Kazakh", "Astana"}, {"Uzbekistan", "Uzbek", "Tashkent"}, {"Kyrgyzstan", "Kyrgyz", "Bishkek"},
      {"Azerbaijan", "Azerbaijani", "Baku"}, {"Türkiye", "Turkish", "Ankara"}, {"Turkmenistan", "Turkmen", "Ashgabat"},
      {"Hungary", "Hungarian", "Budapest"}};
  static final int COUNTRY_COUNT = COUNTRIES.length;
  private static final java.util.Map<String, int[]> COUNTRY_WORDS = new java.util.HashMap<>();

  static {
    for (int country = 0; country < COUNTRIES.length; country++) {
      for (int form = 0; form < 3; form++) {
        COUNTRY_WORDS.put(COUNTRIES[country][form], new int[] {country, form});
      }
    }
    COUNTRY_WORDS.put("Turkey", new int[] {4, 0});
  }

  /**
   * Renames the countries of English text: country {@code i} (with its adjective and capital) becomes country
   * {@code permutation[i]}, so the same story is about other parties — other events.
   */
  static String swapCountries(String text, int[] permutation) {
    StringBuilder out = new StringBuilder(text.length());
    int copied = 0;
    int i = 0;
    while (i < text.length()) {
      if (!Character.isUpperCase(text.charAt(i)) || isWordChar(text, i - 1)) {
        i++;
        continue;
      }
      int end = i;
      while (isWordChar(text, end)) {
        end++;
      }
      int[] found = COUNTRY_WORDS.get(text.substring(i, end));
      if (found != null) {
        out.append(text, copied, i).append(COUNTRIES[permutation[found[0]]][found[1]]);
        copied = end;
      }
      i = end;
    }
    return out.append(text, copied, text.length()).toString();
  }

  /**
   * The template's sentences, each kept unless {@code dropShare} says otherwise, with a sentence of
   * {@code fillers} put after each with probability {@code fillerShare}; paragraphs kept.
   */
  static String interleave(Template template, List<String> fillers, double fillerShare, double dropShare,
                           SplittableRandom random) {
    StringBuilder text = new StringBuilder();
    int kept = 0;
    for (List<String> paragraph : template.paragraphs()) {
      StringBuilder out = new StringBuilder();
      for (int i = 0; i < paragraph.size(); i++) {
        boolean first = kept == 0 && i == 0;
        if (!first && random.nextDouble() < dropShare) {
          continue;
        }
        append(out, paragraph.get(i));
        kept++;
        if (!fillers.isEmpty() && random.nextDouble() < fillerShare) {
          append(out, fillers.get(random.nextInt(fillers.size())));
        }
      }
      if (out.length() > 0) {
        if (text.length() > 0) {
          text.append("\n\n");
        }
        text.append(out);
      }
    }
    return text.toString();
  }

  private static void append(StringBuilder out, String sentence) {
    if (out.length() > 0) {
      out.append(' ');
    }
    out.append(sentence);
  }
}
