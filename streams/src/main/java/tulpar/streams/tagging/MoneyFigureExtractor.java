package tulpar.streams.tagging;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import tulpar.schemas.MoneyFigure;
import tulpar.streams.lexicon.Lexicon;
import tulpar.streams.lexicon.Term;
import tulpar.streams.lexicon.Vocabulary;
import tulpar.streams.reading.ArticleReading;
import tulpar.streams.reading.Clauses;
import tulpar.streams.reading.Sentence;
import tulpar.streams.text.TermMatch;

/**
 * Finds money figures: a number with a currency before or after it and an optional magnitude ("$5 billion",
 * "TL 650.44 billion", "5 milyar dolar", "5 млрд долларов", "$500m"). What the figure measures comes from its
 * sentence: a target cue in its clause wins ("the target of a $15 billion trade volume"), else the nearest
 * trade or investment cue. A qualifier right before it stays in its text ("exceeding $5 billion"); a month range or a
 * year in the sentence is its period ("January-November 2025").
 */
final class MoneyFigureExtractor {

  private static final int MAX_GAP = 1;
  /** How far from its currency a figure's number may start: "5,9 миллиард АҚШ долларын". */
  private static final int NUMBER_REACH = 40;
  /** The length of a year, as {@link #yearAt} reads one. */
  private static final int YEAR_DIGITS = 4;

  private final Lexicon lexicon;

  MoneyFigureExtractor(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  List<MoneyFigure> extract(ArticleReading reading) {
    List<MoneyFigure> figures = new ArrayList<>();
    String folded = reading.text().folded();
    int readTo = 0;
    for (TermMatch<Term> currency : reading.matches().of(Vocabulary.CURRENCY)) {
      // A figure's number stands within a few words of its currency: only there are numbers read.
      int from = Math.max(readTo, numberBoundaryBefore(folded, currency.start() - NUMBER_REACH));
      int to = Math.min(folded.length(), currency.end() + NUMBER_REACH);
      for (NumberReader.Number number : NumberReader.read(folded, from, to, reading.language())) {
        figure(reading, number).ifPresent(figures::add);
      }
      readTo = Math.max(readTo, to);
    }
    return figures;
  }

  /** The nearest offset at or before {@code at} that does not cut a number in two. */
  private static int numberBoundaryBefore(String folded, int at) {
    int i = Math.max(0, at);
    while (i > 0 && (Character.isDigit(folded.charAt(i)) || Character.isDigit(folded.charAt(i - 1)))) {
      i--;
    }
    return i;
  }

  private Optional<MoneyFigure> figure(ArticleReading reading, NumberReader.Number number) {
    Optional<Magnitude> magnitude = magnitudeAfter(reading, number.end());
    double amount = number.value() * magnitude.map(Magnitude::factor).orElse(1.0);
    int amountEnd = magnitude.map(Magnitude::end).orElse(number.end());
    List<TermMatch<Term>> currencies = reading.matches().of(Vocabulary.CURRENCY);
    Optional<TermMatch<Term>> currency = currencies.stream()
        .filter(c -> adjacent(reading, c.end(), number.start())).findFirst()
        .or(() -> currencies.stream().filter(c -> adjacent(reading, amountEnd, c.start())).findFirst());
    return currency.map(found -> {
      int start = qualifierBefore(reading, Math.min(number.start(), found.start()));
      int end = Math.max(amountEnd, found.end());
      Sentence sentence = reading.sentenceAt(number.start()).orElseThrow();
      List<Clauses.Clause> clauses = reading.clauses(sentence);
      return new MoneyFigure(amount, found.payload().key(), measure(reading, sentence, clauses, number.start()),
          period(reading, clauses, start, end), reading.text().span(start, end));
    });
  }

  private record Magnitude(double factor, int end) {}

  /** A magnitude word after the number, written apart ("5 billion") or attached ("5bn", "$500m"). */
  private Optional<Magnitude> magnitudeAfter(ArticleReading reading, int numberEnd) {
    String folded = reading.text().folded();
    int attachedEnd = numberEnd;
    while (attachedEnd < folded.length() && Character.isLetter(folded.charAt(attachedEnd))) {
      attachedEnd++;
    }
    if (attachedEnd > numberEnd) {
      int wordEnd = attachedEnd;
      return Optional.ofNullable(lexicon.keyOf(Vocabulary.MAGNITUDE, folded.substring(numberEnd, wordEnd)))
          .map(factor -> new Magnitude(Double.parseDouble(factor), wordEnd));
    }
    return reading.matches().of(Vocabulary.MAGNITUDE).stream()
        .filter(m -> adjacent(reading, numberEnd, m.start()))
        .findFirst()
        .map(m -> new Magnitude(Double.parseDouble(m.payload().key()), m.end()));
  }

  /** Whether two folded offsets are at most one blank apart. */
  private static boolean adjacent(ArticleReading reading, int from, int to) {
    if (to < from || to - from > MAX_GAP) {
      return false;
    }
    String folded = reading.text().folded();
    for (int i = from; i < to; i++) {
      if (!Character.isWhitespace(folded.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private int qualifierBefore(ArticleReading reading, int start) {
    return reading.matches().of(Vocabulary.FIGURE_CUE, "qualifier"::equals).stream()
        .filter(q -> adjacent(reading, q.end(), start))
        .map(TermMatch::start).findFirst().orElse(start);
  }

  /** A target cue in the figure's clause makes it a target; else the nearest cue of its sentence says. */
  private static String measure(ArticleReading reading, Sentence sentence, List<Clauses.Clause> clauses, int at) {
    List<TermMatch<Term>> cues = reading.matches()
        .within(Vocabulary.FIGURE_CUE, sentence.foldedStart(), sentence.foldedEnd()).stream()
        .filter(c -> !c.payload().key().equals("qualifier")).toList();
    Clauses.Clause clause = Clauses.containing(clauses, at);
    if (cues.stream().anyMatch(c -> c.payload().key().equals("target") && clause.contains(c.start()))) {
      return "target";
    }
    return cues.stream().min(Comparator.comparingInt(c -> Math.abs(c.start() - at)))
        .map(c -> c.payload().key()).orElse(null);
  }

  /** A month range with its year ("January-November 2025"), else a year named in the figure's clause. */
  private static String period(ArticleReading reading, List<Clauses.Clause> clauses, int figureStart,
                               int figureEnd) {
    String folded = reading.text().folded();
    Clauses.Clause clause = Clauses.containing(clauses, figureStart);
    List<TermMatch<Term>> months = reading.matches().within(Vocabulary.DATE_WORD, clause.start(), clause.end())
        .stream().filter(m -> m.payload().key().startsWith("month:")).toList();
    for (int i = 0; i + 1 < months.size(); i++) {
      TermMatch<Term> first = months.get(i);
      TermMatch<Term> last = months.get(i + 1);
      String between = folded.substring(first.end(), last.start()).strip();
      int year = findYear(folded, last.end(), Math.min(folded.length(), last.end() + 6));
      if ((between.equals("-") || between.equals("to")) && year >= 0) {
        return reading.text().span(first.start(), year + YEAR_DIGITS).getText();
      }
    }
    for (int at = findYear(folded, clause.start(), clause.end()); at >= 0;
         at = findYear(folded, at + YEAR_DIGITS, clause.end())) {
      if (at < figureStart || at >= figureEnd) {
        return folded.substring(at, at + YEAR_DIGITS);
      }
    }
    return null;
  }

  /**
   * The first year (1950–2099) in {@code [from, to)} of the folded text that is no part of a longer number, or
   * -1: four digits, no digit, point or comma right before them, and no point, comma or digit followed by a digit
   * right after them, looking no further than the range.
   */
  static int findYear(String text, int from, int to) {
    for (int i = from; i + YEAR_DIGITS <= to; i++) {
      if (yearAt(text, from, to, i)) {
        return i;
      }
    }
    return -1;
  }

  private static boolean yearAt(String text, int from, int to, int i) {
    char c0 = text.charAt(i);
    char c1 = text.charAt(i + 1);
    boolean century = (c0 == '1' && c1 == '9' && text.charAt(i + 2) >= '5' && text.charAt(i + 2) <= '9')
        || (c0 == '2' && c1 == '0' && isDigit(text.charAt(i + 2)));
    if (!century || !isDigit(text.charAt(i + 3))) {
      return false;
    }
    if (i > from && isNumberChar(text.charAt(i - 1))) {
      return false;
    }
    int after = i + YEAR_DIGITS;
    return !(after + 1 < to && isNumberChar(text.charAt(after)) && isDigit(text.charAt(after + 1)));
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isNumberChar(char c) {
    return isDigit(c) || c == '.' || c == ',';
  }
}
