package tulpar.streams.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class YearFinderTest {

  private static final Pattern YEAR = Pattern.compile("(?<![\\d.,])(19[5-9]\\d|20\\d\\d)(?![\\d.,]\\d)");

  @Test
  void shouldFindTheYearsTheRegularExpressionFoundInTheSameRange() {
    char[] alphabet = {'1', '9', '2', '0', '5', '7', '.', ',', ' ', 'a'};
    Random random = new Random(11);
    for (int round = 0; round < 20_000; round++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(14);
      for (int i = 0; i < length; i++) {
        text.append(alphabet[random.nextInt(alphabet.length)]);
      }
      String sample = text.toString();
      int from = length == 0 ? 0 : random.nextInt(length);
      int to = from + random.nextInt(length - from + 1);
      Matcher matcher = YEAR.matcher(sample.substring(from, to));
      int expected = matcher.find() ? from + matcher.start() : -1;
      assertThat(MoneyFigureExtractor.findYear(sample, from, to)).as("'%s' [%d, %d)", sample, from, to)
          .isEqualTo(expected);
    }
  }
}
