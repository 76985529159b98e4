package tulpar.streams.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tulpar.streams.lexicon.Term;
import tulpar.streams.lexicon.Vocabulary;
import tulpar.streams.reading.ArticleReading;
import tulpar.streams.text.TermMatch;
import tulpar.streams.text.Words;

/**
 * Finds the date expressions of a stretch of text: "2 February 2026", "Feb. 2", "July 29 of last year",
 * "29 июля прошлого года", "2026-yil 29-yanvar", "on Monday", "yesterday", "this year", "in May", "in 2021",
 * "2023-cü ildə", "2026-02-02", "11.11.2022". Month and weekday names come from {@code date-words.tsv}.
 */
final class DateFinder {

  private static final Pattern INTEGER = Pattern.compile("(?<![\\d.,])\\d+(?![\\d]|[.,]\\d)");
  private static final Pattern ISO = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)");
  private static final Pattern DOTTED = Pattern.compile("(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?!\\d)");
  private static final Pattern JOINER = Pattern.compile("[\\s\\-.,]{0,3}");
  private static final int NEAR = 3;

  private record Number(int start, int end, int value) {
    boolean isDay() {
      return end - start <= 2 && value >= 1 && value <= 31;
    }

    boolean isYear() {
      return end - start == 4 && value >= 1950 && value <= 2100;
    }
  }

  private final ArticleReading reading;
  private final String folded;

  DateFinder(ArticleReading reading) {
    this.reading = reading;
    this.folded = reading.text().folded();
  }

  List<DateExpression> find(int from, int to) {
    List<DateExpression> found = new ArrayList<>();
    List<Number> numbers = numbers(from, to);
    List<TermMatch<Term>> words = reading.matches().within(Vocabulary.DATE_WORD, from, to);
    numericDates(from, to, found);
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
          && marked(number, words)) {
        found.add(DateExpression.year(number.start(), number.end(), number.value()));
      }
    }
    found.sort(Comparator.comparingInt(DateExpression::start));
    return found;
  }

  private List<Number> numbers(int from, int to) {
    List<Number> numbers = new ArrayList<>();
    Matcher m = INTEGER.matcher(folded).region(from, to);
    while (m.find()) {
      if (m.group().length() <= 4) {
        numbers.add(new Number(m.start(), m.end(), Integer.parseInt(m.group())));
      }
    }
    return numbers;
  }

  private void numericDates(int from, int to, List<DateExpression> found) {
    Matcher iso = ISO.matcher(folded).region(from, to);
    while (iso.find()) {
      found.add(DateExpression.day(iso.start(), iso.end(), Integer.parseInt(iso.group(1)),
          Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3)), null));
    }
    Matcher dotted = DOTTED.matcher(folded).region(from, to);
    while (dotted.find()) {
      found.add(DateExpression.day(dotted.start(), dotted.end(), Integer.parseInt(dotted.group(3)),
          Integer.parseInt(dotted.group(2)), Integer.parseInt(dotted.group(1)), null));
    }
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
        || isMarker(words, "marker:before", Words.before(folded, month.start()))
        || isMarker(words, "marker:month-after", Words.after(folded, month.end()));
    return marked ? Optional.of(DateExpression.month(start, end, yearValue, monthValue, yearOffset))
        : Optional.empty();
  }

  /** A year counts when a word marks it as a date: "in 2021", "2021 yılında", "в 2021 году", "2023-cü ildə". */
  private boolean marked(Number year, List<TermMatch<Term>> words) {
    return isMarker(words, "marker:before", Words.before(folded, year.start()))
        || words.stream().anyMatch(w -> w.payload().key().equals("marker:year-after")
            && w.start() >= year.end() && Words.between(folded, year.end(), w.start()) <= 1);
  }

  /** The number after the colon of a key such as "month:2" or "year-offset:-1". */
  private static int valueOf(String key) {
    return Integer.parseInt(key.substring(key.indexOf(':') + 1));
  }

  private static boolean isMarker(List<TermMatch<Term>> words, String key, String word) {
    return words.stream().anyMatch(w -> w.payload().key().equals(key)
        && w.text().folded().substring(w.start(), w.end()).equals(word));
  }

  private boolean joined(int from, int to) {
    return to >= from && JOINER.matcher(folded.substring(from, to)).matches();
  }

  private boolean near(int from, int to) {
    return to >= from && Words.between(folded, from, to) < NEAR && !folded.substring(from, to).contains(";");
  }

  private static boolean covers(DateExpression date, TermMatch<Term> word) {
    return date.start() <= word.start() && word.end() <= date.end();
  }
}
