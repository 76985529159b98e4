package tulpar.streams.reading;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tulpar.streams.lexicon.LanguageMarker;
import tulpar.streams.text.FoldedText;
import tulpar.streams.text.Folding;

/**
 * Guesses which of Tulpar's six languages a text is in when its source did not say: letters only one of them
 * uses weigh three, each frequent word one. English is the answer when nothing points elsewhere.
 */
final class LanguageGuesser {

  private static final String FALLBACK = "en";
  private static final int LETTER_WEIGHT = 3;

  private final List<LanguageMarker> markers;

  LanguageGuesser(List<LanguageMarker> markers) {
    this.markers = markers;
  }

  String guess(String text, FoldedText folded) {
    Map<String, Integer> wordCounts = wordCounts(folded);
    Map<String, Integer> scores = new HashMap<>();
    for (LanguageMarker marker : markers) {
      int score = switch (marker.kind()) {
        case LETTER -> LETTER_WEIGHT * occurrences(text, marker.value());
        case WORD -> wordCounts.getOrDefault(marker.value(), 0);
      };
      scores.merge(marker.language(), score, Integer::sum);
    }
    return scores.entrySet().stream().filter(e -> e.getValue() > 0)
        .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
        .map(Map.Entry::getKey).orElse(FALLBACK);
  }

  private static Map<String, Integer> wordCounts(FoldedText folded) {
    Map<String, Integer> counts = new HashMap<>();
    String text = folded.folded();
    int i = 0;
    while (i < text.length()) {
      while (i < text.length() && !Folding.isWordChar(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < text.length() && Folding.isWordChar(text.charAt(i))) {
        i++;
      }
      if (i > start) {
        counts.merge(text.substring(start, i), 1, Integer::sum);
      }
    }
    return counts;
  }

  private static int occurrences(String text, String letter) {
    int count = 0;
    for (int at = text.indexOf(letter); at >= 0; at = text.indexOf(letter, at + letter.length())) {
      count++;
    }
    return count;
  }
}
