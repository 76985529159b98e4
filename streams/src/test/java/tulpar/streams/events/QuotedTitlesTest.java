package tulpar.streams.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class QuotedTitlesTest {

  @Test
  void shouldSeeASentenceEndExactlyWhereTheRegularExpressionDid() {
    char[] alphabet = {'a', 'B', '1', '.', '!', '?', ' ', '\t', '\n', '\r', '\u2028', '\u00A0', 'ж'};
    Random random = new Random(7);
    for (int round = 0; round < 20_000; round++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(9);
      for (int i = 0; i < length; i++) {
        text.append(alphabet[random.nextInt(alphabet.length)]);
      }
      String sample = text.toString();
      assertThat(QuotedTitles.holdsSentenceEnd(sample)).as("'%s'", sample)
          .isEqualTo(sample.matches(".*\\D[.!?]\\s.*"));
    }
  }
}
