package tulpar.streams.reading;

import java.util.function.IntConsumer;
import tulpar.streams.lexicon.LanguageMarkers;
import tulpar.streams.text.FoldedText;
import tulpar.streams.text.Folding;

/**
 * Guesses which of Tulpar's six languages a text is in when its source did not say: letters only one of them
 * uses weigh three, each frequent word one. English is the answer when nothing points elsewhere. The opening
 * of a text tells its language as well as the whole, so only the first {@value #READ_CHARS} chars are read.
 */
final class LanguageGuesser {

  private static final String FALLBACK = "en";
  private static final int LETTER_WEIGHT = 3;
  private static final int READ_CHARS = 500;

  private final LanguageMarkers markers;

  LanguageGuesser(LanguageMarkers markers) {
    this.markers = markers;
  }

  String guess(String text, FoldedText folded) {
    int[] scores = new int[markers.languages().size()];
    int letters = Math.min(text.length(), READ_CHARS);
    for (int i = 0; i < letters; i++) {
      int language = markers.languageOfLetter(text.charAt(i));
      if (language >= 0) {
        scores[language] += LETTER_WEIGHT;
      }
    }
    int words = Math.min(folded.length(), READ_CHARS);
    IntConsumer count = language -> scores[language]++;
    for (int i = 0; i < words; i++) {
      if (Folding.isWordChar(folded.charAt(i)) && (i == 0 || !Folding.isWordChar(folded.charAt(i - 1)))) {
        markers.wordsAt(folded, i, count);
      }
    }
    int best = best(scores);
    return best < 0 ? FALLBACK : markers.languages().get(best);
  }

  /** The language with the highest score (ties to the later name), or -1 when no sign was seen. */
  private int best(int[] scores) {
    int best = -1;
    for (int language = 0; language < scores.length; language++) {
      if (scores[language] > 0 && (best < 0 || scores[language] > scores[best]
          || (scores[language] == scores[best]
              && markers.languages().get(language).compareTo(markers.languages().get(best)) > 0))) {
        best = language;
      }
    }
    return best;
  }
}
