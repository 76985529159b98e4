package tulpar.streams.tagging;

import tulpar.streams.lexicon.Term;
import tulpar.streams.lexicon.Vocabulary;
import tulpar.streams.reading.ArticleReading;
import tulpar.streams.text.FoldedText;
import tulpar.streams.text.Folding;
import tulpar.streams.text.TermMatch;

/**
 * The dateline a news article opens with, on one of its first lines: "BAKU, Azerbaijan, December 6.", "ASTANA
 * –", "BISHKEK. KAZINFORM –", "ISTANBUL (AP) —", "Ташкент. 20 августа. УзТАГ –", "Baku/02.08.22/Turan:". It says
 * where the agency wrote, so its names are no part of the news. A line opens with one when it starts with a
 * word in capitals or a known city, followed by a comma, full stop, slash, bracket or dash; the dateline runs
 * to the dash or colon after it, else to the full stop after its date.
 */
record Dateline(int start, int end) {

  private static final Dateline NONE = new Dateline(0, 0);
  /** How far into the body a dateline may start (after a headline or two) and how long it may run. */
  private static final int SEARCH_CHARS = 400;
  private static final int MAX_CHARS = 100;

  static Dateline of(ArticleReading reading) {
    FoldedText text = reading.text();
    String folded = text.folded();
    int bodyStart = text.foldedIndexAt(reading.article().getTitle().length());
    int limit = Math.min(folded.length(), bodyStart + SEARCH_CHARS);
    int lineStart = bodyStart;
    while (lineStart < limit) {
      int wordEnd = wordEnd(folded, lineStart);
      int newline = text.original().indexOf('\n', text.originalStart(lineStart));
      int lineEnd = newline < 0 ? folded.length() : text.foldedIndexAt(newline);
      if (wordEnd > lineStart && opensDateline(reading, lineStart, wordEnd)) {
        return new Dateline(lineStart, end(folded, wordEnd, lineEnd));
      }
      if (newline < 0) {
        break;
      }
      lineStart = lineEnd;
      while (lineStart < folded.length() && !Folding.isWordChar(folded.charAt(lineStart))) {
        lineStart++;
      }
    }
    return NONE;
  }

  boolean contains(int foldedOffset) {
    return foldedOffset >= start && foldedOffset < end;
  }

  private static boolean opensDateline(ArticleReading reading, int start, int end) {
    String folded = reading.text().folded();
    if (end >= folded.length() || ",./(-".indexOf(folded.charAt(end)) < 0
        && !(folded.charAt(end) == Folding.SPACE && end + 1 < folded.length()
            && "(-".indexOf(folded.charAt(end + 1)) >= 0)) {
      return false;
    }
    String original = reading.text().span(start, end).getText();
    boolean capitals = original.length() >= 3 && original.codePoints().allMatch(Character::isUpperCase);
    boolean city = false;
    for (TermMatch<Term> place : reading.matches().within(Vocabulary.PLACE, start, end)) {
      city |= place.start() == start;
    }
    return capitals || city;
  }

  /** The dash or colon that ends the dateline, else the full stop after its date, else its short line's end. */
  private static int end(String folded, int from, int lineEnd) {
    int limit = Math.min(lineEnd, from + MAX_CHARS);
    for (int i = from; i < limit; i++) {
      char c = folded.charAt(i);
      boolean dash = c == Folding.DASH && folded.charAt(i - 1) == Folding.SPACE;
      if (dash || c == ':') {
        return i;
      }
      if (c == '.' && i + 1 < folded.length() && folded.charAt(i + 1) == Folding.SPACE
          && Character.isDigit(folded.charAt(i - 1))) {
        return i + 1;
      }
    }
    return limit == lineEnd ? lineEnd : from;
  }

  private static int wordEnd(String folded, int start) {
    int i = start;
    while (i < folded.length() && Folding.isWordChar(folded.charAt(i))) {
      i++;
    }
    return i;
  }
}
