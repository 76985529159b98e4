package tulpar.streams.events;

import tulpar.streams.reading.ArticleReading;
import tulpar.streams.text.Folding;

/**
 * Steps word by word through the folded text of an article, as phrases need it: a word is a run of letters and
 * digits that may hold a hyphen or an apostrophe between them ("2026-2027", "Kars-Nakhchivan", "Türkiye’nin"),
 * and whether it is written with a capital is read from the original text.
 */
final class WordCursor {

  private final ArticleReading reading;
  private final String folded;

  WordCursor(ArticleReading reading) {
    this.reading = reading;
    this.folded = reading.text().folded();
  }

  /** The start of the first word at or after {@code at} with nothing but spaces before it, else -1. */
  int nextWord(int at, int limit) {
    int i = at;
    while (i < limit && folded.charAt(i) == Folding.SPACE) {
      i++;
    }
    return i < limit && Folding.isWordChar(folded.charAt(i)) ? i : -1;
  }

  /** The end of the word starting at {@code start}. */
  int wordEnd(int start, int limit) {
    int i = start;
    while (i < limit) {
      char c = folded.charAt(i);
      if (Folding.isWordChar(c)) {
        i++;
      } else if ((c == Folding.DASH || c == Folding.APOSTROPHE) && i + 1 < limit
          && Folding.isWordChar(folded.charAt(i + 1)) && i > start) {
        i++;
      } else {
        break;
      }
    }
    return i;
  }

  /** The start of the word ending at {@code end} (exclusive), with only spaces after it up to {@code end}. */
  int wordStartBefore(int end, int limit) {
    int i = end;
    while (i > limit && folded.charAt(i - 1) == Folding.SPACE) {
      i--;
    }
    if (i == limit || !Folding.isWordChar(folded.charAt(i - 1))) {
      return -1;
    }
    while (i > limit) {
      char c = folded.charAt(i - 1);
      if (Folding.isWordChar(c)) {
        i--;
      } else if ((c == Folding.DASH || c == Folding.APOSTROPHE) && i - 1 > limit
          && Folding.isWordChar(folded.charAt(i - 2))) {
        i--;
      } else {
        break;
      }
    }
    return i;
  }

  /** The end of the last word before {@code at}, spaces skipped. */
  int endBefore(int at, int limit) {
    int i = at;
    while (i > limit && folded.charAt(i - 1) == Folding.SPACE) {
      i--;
    }
    return i;
  }

  boolean capitalised(int foldedStart) {
    String original = reading.text().original();
    return Character.isUpperCase(original.codePointAt(reading.text().originalStart(foldedStart)));
  }

  boolean number(int start, int end) {
    for (int i = start; i < end; i++) {
      char c = folded.charAt(i);
      if (!Character.isDigit(c) && c != Folding.DASH) {
        return false;
      }
    }
    return end > start;
  }

  /** The original text of a folded range. */
  String original(int start, int end) {
    return reading.text().span(start, end).getText();
  }

  char charAt(int at) {
    return folded.charAt(at);
  }
}
