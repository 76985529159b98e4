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

  List<Sentence> split(String text, FoldedText folded) {
    char[] chars = text.toCharArray();  // read char by char: an array reads faster than a string
    List<Sentence> sentences = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < chars.length; i++) {
      char c = chars[i];
      if (c == '\n' || (isTerminal(c) && endsSentence(text, chars, folded, i))) {
        add(sentences, chars, folded, start, c == '\n' ? i : i + 1);
        start = i + 1;
      }
    }
    add(sentences, chars, folded, start, chars.length);
    return sentences;
  }

  private static boolean isTerminal(char c) {
    return c == '.' || c == '!' || c == '?' || c == '…';
  }

  private boolean endsSentence(String text, char[] chars, FoldedText folded, int at) {
    int next = at + 1;
    while (next < chars.length && isClosing(chars[next])) {
      next++;
    }
    if (next < chars.length && !Character.isWhitespace(chars[next])) {
      return false;
    }
    while (next < chars.length && Character.isWhitespace(chars[next]) && chars[next] != '\n') {
      next++;
    }
    if (next < chars.length && !startsSentence(text.codePointAt(next))) {
      return false;
    }
    return chars[at] != '.' || !isShortWordBefore(text, folded, at);
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

  private static void add(List<Sentence> sentences, char[] chars, FoldedText folded, int start, int end) {
    while (start < end && Character.isWhitespace(chars[start])) {
      start++;
    }
    while (end > start && Character.isWhitespace(chars[end - 1])) {
      end--;
    }
    if (start < end) {
      sentences.add(new Sentence(start, end, folded.foldedIndexAt(start), folded.foldedIndexAt(end)));
    }
  }
}
