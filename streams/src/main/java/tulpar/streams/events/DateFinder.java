package tulpar.streams.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import tulpar.streams.lexicon.FunctionWords;
import tulpar.streams.lexicon.Term;
import tulpar.streams.lexicon.Vocabulary;
import tulpar.streams.reading.ArticleReading;
import tulpar.streams.text.Folding;
import tulpar.streams.text.TermMatch;
import tulpar.streams.text.Words;

/**
 * Finds the date expressions of a stretch of text: "2 February 2026", "Feb. 2", "July 29 of last year",
 * "29 июля прошлого года", "2026-yil 29-yanvar", "on Monday", "yesterday", "this year", "in May", "in 2021",
 * "2023-cü ildə", "2026-02-02", "11.11.2022". Month and weekday names come from {@code date-words.tsv}.
 */
final class DateFinder {

  private static final int NEAR = 3;
  /** At most this many spaces, dashes, dots or commas join a day to its month: "2 February", "Feb. 2". */
  private static final int JOINER_CHARS = 3;

  private record Number(int start, int end, int value) {
    boolean isDay() {
      return end - start <= 2 && value >= 1 && value <= 31;
    }

    boolean isYear() {
      return end - start == 4 && value >= 1950 && value <= 2100;
    }
  }

  private final ArticleReading reading;
  private final FunctionWords functionWords;
  private final String folded;

  DateFinder(ArticleReading reading, FunctionWords functionWords) {
    this.reading = reading;
    this.functionWords = functionWords;
    this.folded = reading.text().folded();
  }

  List<DateExpression> find(int from, int to) {
    List<DateExpression> found = new ArrayList<>();
    List<DigitRuns.Run> runs = DigitRuns.in(folded, from, to);
    List<Number> numbers = numbers(runs);
    List<TermMatch<Term>> words = reading.matches().within(Vocabulary.DATE_WORD, from, to);
    numericDates(runs, found);
    for (TermMatch<Term> word : words) {
      String key = word.payload().key();
      if (key.startsWith("month:")) {
        monthDate(word, valueOf(key), numbers, words).ifPresent(found::add);
      } else if (key.startsWith("weekday:")) {
        found.add(DateExpression.weekday(word.start(), word.end(), valueOf(key)));
      } else if (key.startsWith("day-offset:")) {
        found.add(DateExpression.relativeDay(word.start(), word.end(), valueOf(key)));
      }
    }
    for (TermMatch<Term> word : words) {
      if (word.payload().key().startsWith("year-offset:") && found.stream().noneMatch(d -> covers(d, word))) {
        found.add(DateExpression.relativeYear(word.start(), word.end(), valueOf(word.payload().key())));
      }
    }
    for (Number number : numbers) {
      if (number.isYear() && found.stream().noneMatch(d -> d.start() <= number.start() && number.end() <= d.end())
          && marked(number)) {
        found.add(DateExpression.year(number.start(), number.end(), number.value()));
      }
    }
    found.sort(Comparator.comparingInt(DateExpression::start));
    return found;
  }

  /** Whole numbers: not part of a decimal, a thousands group or a longer number ("2.2", "3,000"). */
  private List<Number> numbers(List<DigitRuns.Run> runs) {
    List<Number> numbers = new ArrayList<>();
    for (DigitRuns.Run run : runs) {
      char before = DigitRuns.before(folded, run.start());
      char after = DigitRuns.at(folded, run.end());
      boolean partOfNumber = before == '.' || before == ','
          || ((after == '.' || after == ',') && DigitRuns.isDigit(DigitRuns.at(folded, run.end() + 1)));
      if (!partOfNumber && run.length() <= 4) {
        numbers.add(new Number(run.start(), run.end(), run.value(folded)));
      }
    }
    return numbers;
  }

  /** "2026-02-02" and "11.11.2022". */
  private void numericDates(List<DigitRuns.Run> runs, List<DateExpression> found) {
    for (int i = 0; i + 2 < runs.size(); i++) {
      DigitRuns.Run first = runs.get(i);
      DigitRuns.Run second = runs.get(i + 1);
      DigitRuns.Run third = runs.get(i + 2);
      boolean iso = first.length() == 4 && second.length() == 2 && third.length() == 2
          && separated(first, second, '-') && separated(second, third, '-');
      boolean dotted = first.length() <= 2 && second.length() <= 2 && third.length() == 4
          && separated(first, second, '.') && separated(second, third, '.')
          && DigitRuns.before(folded, first.start()) != '.';
      if (iso) {
        found.add(DateExpression.day(first.start(), third.end(), first.value(folded), second.value(folded),
            third.value(folded), null));
      } else if (dotted) {
        found.add(DateExpression.day(first.start(), third.end(), third.value(folded), second.value(folded),
            first.value(folded), null));
      }
    }
  }

  private boolean separated(DigitRuns.Run first, DigitRuns.Run second, char separator) {
    return second.start() == first.end() + 1 && folded.charAt(first.end()) == separator;
  }

  /** A month with the day, year or relative year written around it; a month alone only when marked as a date. */
  private Optional<DateExpression> monthDate(TermMatch<Term> month, int monthValue, List<Number> numbers,
                                             List<TermMatch<Term>> words) {
    Optional<Number> day = numbers.stream().filter(n -> n.isDay() && joined(n.end(), month.start())).findFirst()
        .or(() -> numbers.stream().filter(n -> n.isDay() && joined(month.end(), n.start())).findFirst());
    int start = Math.min(month.start(), day.map(Number::start).orElse(month.start()));
    int end = Math.max(month.end(), day.map(Number::end).orElse(month.end()));
    int afterDay = end;
    int beforeDay = start;
    Optional<Number> year = numbers.stream()
        .filter(n -> n.isYear() && (near(afterDay, n.start()) || near(n.end(), beforeDay))).findFirst();
    Optional<TermMatch<Term>> relative = words.stream()
        .filter(w -> w.payload().key().startsWith("year-offset:") && near(afterDay, w.start())).findFirst();
    Integer yearOffset = relative.map(r -> valueOf(r.payload().key())).orElse(null);
    int yearValue = year.map(Number::value).orElse(0);
    end = Math.max(end, Math.max(year.map(Number::end).orElse(end), relative.map(TermMatch::end).orElse(end)));
    start = Math.min(start, year.map(Number::start).orElse(start));
    if (day.isPresent()) {
      return Optional.of(DateExpression.day(start, end, yearValue, monthValue, day.get().value(), yearOffset));
    }
    boolean marked = year.isPresent() || relative.isPresent() || !month.ending().isEmpty()
        || markedBefore(month.start()) || markedAfter(month.end(), FunctionWords.Kind.MONTH_AFTER, 0);
    return marked ? Optional.of(DateExpression.month(start, end, yearValue, monthValue, yearOffset))
        : Optional.empty();
  }

  /** A year counts when a word marks it as a date: "in 2021", "2021 yılında", "в 2021 году", "2023-cü ildə". */
  private boolean marked(Number year) {
    return markedBefore(year.start()) || markedAfter(year.end(), FunctionWords.Kind.YEAR_AFTER, 1);
  }

  /** Whether the word before an offset is a preposition that makes a date ("in", "в", "until"). */
  private boolean markedBefore(int at) {
    int end = at;
    while (end > 0 && !Folding.isWordChar(folded.charAt(end - 1))) {
      end--;
    }
    int start = end;
    while (start > 0 && Folding.isWordChar(folded.charAt(start - 1))) {
      start--;
    }
    return start < end && functionWords.end(reading.text(), start, FunctionWords.Kind.DATE_BEFORE) == end;
  }

  /** Whether a word of a kind follows an offset with at most {@code between} words before it. */
  private boolean markedAfter(int at, FunctionWords.Kind kind, int between) {
    int i = at;
    for (int word = 0; word <= between; word++) {
      while (i < folded.length() && !Folding.isWordChar(folded.charAt(i))) {
        i++;
      }
      if (i == folded.length()) {
        return false;
      }
      if (functionWords.startsAt(reading.text(), i, kind)) {
        return true;
      }
      while (i < folded.length() && Folding.isWordChar(folded.charAt(i))) {
        i++;
      }
    }
    return false;
  }

  /** The number after the colon of a key such as "month:2" or "year-offset:-1". */
  private static int valueOf(String key) {
    return Integer.parseInt(key.substring(key.indexOf(':') + 1));
  }

  private boolean joined(int from, int to) {
    if (to < from || to - from > JOINER_CHARS) {
      return false;
    }
    for (int i = from; i < to; i++) {
      char c = folded.charAt(i);
      if (c != ' ' && c != '-' && c != '.' && c != ',') {
        return false;
      }
    }
    return true;
  }

  private boolean near(int from, int to) {
    if (to < from || Words.between(folded, from, to, NEAR) >= NEAR) {
      return false;
    }
    int semicolon = folded.indexOf(';', from);
    return semicolon < 0 || semicolon >= to;
  }

  private static boolean covers(DateExpression date, TermMatch<Term> word) {
    return date.start() <= word.start() && word.end() <= date.end();
  }
}
