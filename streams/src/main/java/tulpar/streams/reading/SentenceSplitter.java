package tulpar.streams.reading;

import java.util.ArrayList;
import java.util.List;
import tulpar.streams.lexicon.Gazetteer;
import tulpar.streams.text.FoldedText;
import tulpar.streams.text.Folding;

/**
 * Splits text into sentences: at line breaks, and after . ! ? … when the next word starts like a sentence
 * (a capital, a digit, a quote). A full stop after an abbreviation ("Feb. 2"), an initial ("A. B.") or a one-
 * or two-digit number (the Turkish ordinal "13. Zirve", dates "11.11.") does not end a sentence.
 */
final class SentenceSplitter {

  private final Gazetteer gazetteer;

  SentenceSplitter(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /**
   * Only the chars that may end a sentence are looked at: the pass that folded the text noted where they are
   * ({@link FoldedText#sentenceMark}), so the text is not read again char by char.
   */
  List<Sentence> split(String text, FoldedText folded) {
    List<Sentence> sentences = new ArrayList<>();
    int start = 0;
    for (int k = 0; k < folded.sentenceMarkCount(); k++) {
      int i = folded.sentenceMark(k);
      char c = text.charAt(i);
      if (c == '\n' || endsSentence(text, folded, i)) {
        add(sentences, text, folded, start, c == '\n' ? i : i + 1);
        start = i + 1;
      }
    }
    add(sentences, text, folded, start, text.length());
    return sentences;
  }

  private boolean endsSentence(String text, FoldedText folded, int at) {
    int length = text.length();
    int next = at + 1;
    while (next < length && isClosing(text.charAt(next))) {
      next++;
    }
    if (next < length && !Character.isWhitespace(text.charAt(next))) {
      return false;
    }
    while (next < length && Character.isWhitespace(text.charAt(next)) && text.charAt(next) != '\n') {
      next++;
    }
    if (next < length && !startsSentence(text.codePointAt(next))) {
      return false;
    }
    return text.charAt(at) != '.' || !isShortWordBefore(text, folded, at);
  }

  /** A quote or bracket that may close a sentence after its full stop. */
  private static boolean isClosing(char c) {
    return c == '"' || c == '\'' || c == '”' || c == '’' || c == '»' || c == ')' || c == ']';
  }

  private static boolean startsSentence(int cp) {
    return Character.isUpperCase(cp) || Character.isDigit(cp) || "\"'“‘«(–-—".indexOf(cp) >= 0 || cp == '\n';
  }

  /** An abbreviation ("Feb.", "U.S."), an initial or a small number directly before the full stop. */
  private boolean isShortWordBefore(String text, FoldedText folded, int dot) {
    int end = folded.foldedIndexAt(dot);
    int start = end;
    while (start > 0 && (Folding.isWordChar(folded.charAt(start - 1)) || folded.charAt(start - 1) == '.')) {
      start--;
    }
    while (start < end && !Folding.isWordChar(folded.charAt(start))) {
      start++;
    }
    if (start == end) {
      return false;
    }
    if (end - start == 1 && Character.isUpperCase(text.charAt(folded.originalStart(start)))) {
      return true;
    }
    boolean digits = true;
    for (int i = start; i < end; i++) {
      digits &= Character.isDigit(folded.charAt(i));
    }
    if (digits) {
      return end - start <= 2;
    }
    return gazetteer.isAbbreviation(folded.folded().substring(start, end));
  }

  private static void add(List<Sentence> sentences, String text, FoldedText folded, int start, int end) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (start < end) {
      sentences.add(new Sentence(start, end, folded.foldedIndexAt(start), folded.foldedIndexAt(end)));
    }
  }
}
