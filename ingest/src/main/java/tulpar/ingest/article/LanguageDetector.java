package tulpar.ingest.article;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells which of Tulpar's six languages (en, tr, ru, kk, uz, az) a text is in, or {@value #UNDETERMINED}. Small
 * enough to explain: each function word of a language ({@code language-stopwords.txt}) scores a point for it,
 * and the letters only some of the languages have score too:
 * <ul>
 *   <li>Kazakh ә ң ө ұ ү һ і, Uzbek Cyrillic ў ҳ, and қ ғ, which both have;</li>
 *   <li>Azerbaijani ə; ı and ğ, which Turkish and Azerbaijani share; x and q, which Azerbaijani and Uzbek
 *       have and Turkish does not; Uzbek Latin oʻ and gʻ.</li>
 * </ul>
 * English has no letters of its own and wins on its function words. A text whose best score is below
 * {@link #MIN_SCORE} (too short, or another language) is undetermined.
 */
public final class LanguageDetector {

  public static final String UNDETERMINED = "und";
  static final double MIN_SCORE = 3;
  /** The start of a long text tells its language as well as the whole, at a fraction of the cost. */
  static final int SAMPLE_CHARS = 20_000;

  private static final String STOPWORDS_RESOURCE = "/tulpar/ingest/language-stopwords.txt";
  /** The ways Uzbek Latin writes the sign of oʻ and gʻ. */
  private static final Pattern APOSTROPHES = Pattern.compile("[\u02BB\u02BC\u2018\u2019`\u00B4]");
  private static final Pattern UZBEK_LATIN_LETTER = Pattern.compile("[og]'(?=\\p{L})");
  private static final Pattern WORD = Pattern.compile("\\p{L}+(?:['-]\\p{L}+)*");
  private static final Map<Character, Map<String, Double>> LETTERS = letterScores();

  private static final LanguageDetector STANDARD = new LanguageDetector(loadStopwords());

  private final Map<String, String> stopwords;

  LanguageDetector(Map<String, String> stopwords) {
    this.stopwords = Map.copyOf(stopwords);
  }

  /** The detector with the bundled word lists. */
  public static LanguageDetector standard() {
    return STANDARD;
  }

  public String detect(String text) {
    String sample = fold(text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text);
    Map<String, Double> scores = new HashMap<>();
    for (int i = 0; i < sample.length(); i++) {
      Map<String, Double> letter = LETTERS.get(sample.charAt(i));
      if (letter != null) {
        letter.forEach((language, score) -> scores.merge(language, score, Double::sum));
      }
    }
    Matcher uzbek = UZBEK_LATIN_LETTER.matcher(sample);
    while (uzbek.find()) {
      scores.merge("uz", 1.0, Double::sum);
    }
    Matcher words = WORD.matcher(sample);
    while (words.find()) {
      String language = stopwords.get(words.group());
      if (language != null) {
        scores.merge(language, 1.0, Double::sum);
      }
    }
    return scores.entrySet().stream()
        .filter(score -> score.getValue() >= MIN_SCORE)
        .max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey)
        .orElse(UNDETERMINED);
  }

  /** Lower case, the combining dot of a lower-cased İ dropped, and every Uzbek apostrophe written '. */
  static String fold(String text) {
    String lower = text.toLowerCase(Locale.ROOT).replace("\u0307", "");
    return APOSTROPHES.matcher(lower).replaceAll("'");
  }

  private static Map<Character, Map<String, Double>> letterScores() {
    Map<Character, Map<String, Double>> letters = new HashMap<>();
    "әңөұүһі".chars().forEach(c -> letters.put((char) c, Map.of("kk", 1.0)));
    "ўҳ".chars().forEach(c -> letters.put((char) c, Map.of("uz", 1.0)));
    "қғ".chars().forEach(c -> letters.put((char) c, Map.of("kk", 0.5, "uz", 0.5)));
    letters.put('ə', Map.of("az", 1.0));
    "ığ".chars().forEach(c -> letters.put((char) c, Map.of("tr", 0.5, "az", 0.5)));
    "xq".chars().forEach(c -> letters.put((char) c, Map.of("az", 0.5, "uz", 0.5)));
    return Map.copyOf(letters);
  }

  private static Map<String, String> loadStopwords() {
    Map<String, String> words = new HashMap<>();
    for (Map.Entry<String, List<String>> language : KeyedWordLists.read(STOPWORDS_RESOURCE)) {
      for (String word : fold(String.join(" ", language.getValue())).strip().split("\\s+")) {
        words.put(word, language.getKey());
      }
    }
    return words;
  }

}
