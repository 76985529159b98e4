package tulpar.app.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
  private static final Pattern YEAR = Pattern.compile("(?<![\\p{N}])(?<!\\p{N},)(19[5-9]\\d|20\\d\\d|2100)(?![\\p{N}])");
  private static final Pattern ORDINAL = Pattern.compile("(?<![\\p{N}.,])(\\d{1,3})(st|nd|rd|th)\\b");
  /** A figure that is neither a year nor an ordinal nor part of a date: 47, 1.5, 1,200. */
  private static final Pattern FIGURE = Pattern.compile("(?<![\\p{N}.,:/-])(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d+))?(?![\\p{N}.,:/-]|st|nd|rd|th)");

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
    Matcher year = YEAR.matcher(text);
    while (year.find()) {
      int value = Integer.parseInt(year.group(1));
      min = Math.min(min, value);
      max = Math.max(max, value);
    }
    int latest = today.getYear() - published.getYear();
    while (published.plusYears(latest).isAfter(today)) {
      latest--;
    }
    int low = MIN_YEAR - min;
    int high = Math.min(MAX_YEAR - max, latest);
    return low <= high ? new int[] {low, high} : new int[] {0, 0};
  }

  static String shiftYears(String text, int shift) {
    if (shift == 0) {
      return text;
    }
    return YEAR.matcher(text).replaceAll(m -> Integer.toString(Integer.parseInt(m.group(1)) + shift));
  }

  static String shiftOrdinals(String text, int shift) {
    if (shift == 0) {
      return text;
    }
    return ORDINAL.matcher(text).replaceAll(m -> ordinal(Integer.parseInt(m.group(1)) + shift));
  }

  /** Changes every figure above 31 (days and small counts stay, so dates stay valid) by a factor of ½ to 2. */
  static String varyFigures(String text, SplittableRandom random) {
    return FIGURE.matcher(text).replaceAll(m -> {
      String whole = m.group(1);
      long value = Long.parseLong(whole.replace(",", ""));
      boolean year = whole.length() == 4 && value >= MIN_YEAR && value <= MAX_YEAR;
      if (year || value <= 31 && m.group(2) == null) {
        return Matcher.quoteReplacement(m.group());
      }
      double factor = 0.5 + 1.5 * random.nextDouble();
      if (m.group(2) != null) {
        double changed = Math.max(0.1, Double.parseDouble(whole.replace(",", "") + "." + m.group(2)) * factor);
        return String.format(Locale.ROOT, "%." + m.group(2).length() + "f", changed);
      }
      long changed = Math.max(32, Math.round(value * factor));
      return whole.contains(",") ? String.format(Locale.ROOT, "%,d", changed) : Long.toString(changed);
    });
  }

  /** Country, adjective and capital in English, so a country swaps with all three. */
  private static final String[][] COUNTRIES = {
      {"Kazakhstan", "Kazakh", "Astana"}, {"Uzbekistan", "Uzbek", "Tashkent"}, {"Kyrgyzstan", "Kyrgyz", "Bishkek"},
      {"Azerbaijan", "Azerbaijani", "Baku"}, {"Türkiye", "Turkish", "Ankara"}, {"Turkmenistan", "Turkmen", "Ashgabat"},
      {"Hungary", "Hungarian", "Budapest"}};
  static final int COUNTRY_COUNT = COUNTRIES.length;
  private static final Pattern COUNTRY = Pattern.compile(
      "\\b(Kazakhstan|Kazakh|Astana|Uzbekistan|Uzbek|Tashkent|Kyrgyzstan|Kyrgyz|Bishkek|Azerbaijani|Azerbaijan|Baku"
          + "|Türkiye|Turkey|Turkish|Ankara|Turkmenistan|Turkmen|Ashgabat|Hungary|Hungarian|Budapest)\\b");

  /**
   * Renames the countries of English text: country {@code i} (with its adjective and capital) becomes country
   * {@code permutation[i]}, so the same story is about other parties — other events.
   */
  static String swapCountries(String text, int[] permutation) {
    return COUNTRY.matcher(text).replaceAll(m -> {
      String word = m.group(1).equals("Turkey") ? "Türkiye" : m.group(1);
      for (int country = 0; country < COUNTRIES.length; country++) {
        for (int form = 0; form < 3; form++) {
          if (COUNTRIES[country][form].equals(word)) {
            return COUNTRIES[permutation[country]][form];
          }
        }
      }
      return word;
    });
  }

  static String ordinal(int n) {
    int lastTwo = n % 100;
    String suffix = lastTwo >= 11 && lastTwo <= 13 ? "th" : switch (n % 10) {
      case 1 -> "st";
      case 2 -> "nd";
      case 3 -> "rd";
      default -> "th";
    };
    return n + suffix;
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
