package tulpar.streams.events;

import java.util.List;
import java.util.Set;
import tulpar.streams.text.Folding;

/**
 * Names an agreement after the words the text gives it. In English and Russian the document noun comes first
 * and its name follows ("Cooperation Plan between the Ministries of Foreign Affairs of Kazakhstan and Türkiye
 * for 2026-2027", "соглашения в различных областях"); in Turkish, Azerbaijani, Kazakh and Uzbek it comes
 * last ("… hakkında memorandum"). The name runs until a clause ends or a verb of signing or holding begins.
 */
final class AgreementNames {

  private static final Set<String> HEAD_FIRST_LANGUAGES = Set.of("en", "ru");
  private static final int MAX_WORDS_AFTER = 14;
  private static final int MAX_WORDS_BEFORE = 5;
  private static final int MAX_MODIFIERS_BEFORE = 3;

  private AgreementNames() {}

  /** The folded range {@code [start, end)} of the agreement's name around its noun. */
  static int[] range(SentenceScope scope, CueMatch noun) {
    List<CueMatch> stops = scope.cues.stream()
        .filter(c -> c.cue().isTense() || c.cue() == Cue.SIGNING || c.cue() == Cue.VERB).toList();
    String folded = scope.folded;
    int from = scope.sentence.foldedStart();
    int to = scope.sentence.foldedEnd();
    int start = noun.start();
    int end = noun.end();
    if (HEAD_FIRST_LANGUAGES.contains(scope.reading.language())) {
      end = extendRight(folded, end, to, stops);
      start = modifiersBefore(scope, start, from, MAX_MODIFIERS_BEFORE, stops);
    } else {
      start = modifiersBefore(scope, start, from, MAX_WORDS_BEFORE, stops);
    }
    return new int[] {start, end};
  }

  private static int extendRight(String folded, int end, int limit, List<CueMatch> stops) {
    int words = 0;
    int at = end;
    while (at < limit && words < MAX_WORDS_AFTER) {
      char c = folded.charAt(at);
      if (isClauseBreak(c) && !(c == '.' && at + 1 < limit && Character.isDigit(folded.charAt(at + 1)))) {
        break;
      }
      int position = at;
      if (Folding.isWordChar(c) && (at == 0 || !Folding.isWordChar(folded.charAt(at - 1)))) {
        if (stops.stream().anyMatch(s -> s.start() == position)) {
          break;
        }
        words++;
      }
      at++;
    }
    while (at > end && !Folding.isWordChar(folded.charAt(at - 1))) {
      at--;
    }
    return at;
  }

  /**
   * Extends left over the words before the noun. After a head-first noun only capitalised words and numbers
   * count ("20 deals", "Samarkand Declaration"); before a head-last noun any words of its clause do.
   */
  private static int modifiersBefore(SentenceScope scope, int start, int limit, int maxWords,
                                     List<CueMatch> stops) {
    String folded = scope.folded;
    boolean headFirst = HEAD_FIRST_LANGUAGES.contains(scope.reading.language());
    int result = start;
    int at = start;
    for (int words = 0; words < maxWords; words++) {
      int wordEnd = at;
      while (wordEnd > limit && folded.charAt(wordEnd - 1) == ' ') {
        wordEnd--;
      }
      int wordStart = wordEnd;
      while (wordStart > limit && (Folding.isWordChar(folded.charAt(wordStart - 1))
          || folded.charAt(wordStart - 1) == '-' || folded.charAt(wordStart - 1) == '\'')) {
        wordStart--;
      }
      int candidateStart = wordStart;
      int candidateEnd = wordEnd;
      if (wordStart == wordEnd
          || stops.stream().anyMatch(s -> s.end() > candidateStart && s.start() < candidateEnd)) {
        break;
      }
      if (headFirst && !capitalisedOrNumber(scope, wordStart)) {
        break;
      }
      result = wordStart;
      at = wordStart;
    }
    return result;
  }

  private static boolean capitalisedOrNumber(SentenceScope scope, int foldedStart) {
    int original = scope.reading.text().originalStart(foldedStart);
    int cp = scope.reading.text().original().codePointAt(original);
    return Character.isUpperCase(cp) || Character.isDigit(cp);
  }

  private static boolean isClauseBreak(char c) {
    return c == ',' || c == ';' || c == ':' || c == '.' || c == '(' || c == ')' || c == Folding.QUOTE
        || c == '!' || c == '?';
  }
}
