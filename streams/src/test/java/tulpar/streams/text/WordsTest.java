package tulpar.streams.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordsTest {

  private static final String FOLDED = "the 8th meeting of the joint strategic planning group, in ankara";

  @Test
  void shouldCountTheWordsWhollyInsideARange() {
    assertThat(Words.between(FOLDED, 0, FOLDED.length())).isEqualTo(11);
    assertThat(Words.between(FOLDED, 4, 16)).isEqualTo(2);
    assertThat(Words.between(FOLDED, 5, 5)).isZero();
    assertThat(Words.between(FOLDED, 9, 4)).isEqualTo(-1);
  }

  @Test
  void shouldStopCountingPastTheCapAndSaySoWithOneMore() {
    assertThat(Words.between(FOLDED, 0, FOLDED.length(), 2)).isEqualTo(3);
    assertThat(Words.between(FOLDED, 4, 16, 2)).isEqualTo(2);
    assertThat(Words.between(FOLDED, 9, 4, 2)).isEqualTo(-1);
  }

  @Test
  void shouldMeasureTheGapBetweenTwoRangesWhicheverComesFirst() {
    int meeting = FOLDED.indexOf("meeting");
    int ankara = FOLDED.indexOf("ankara");
    assertThat(Words.apart(FOLDED, meeting, meeting + 7, ankara, ankara + 6)).isEqualTo(7);
    assertThat(Words.apart(FOLDED, ankara, ankara + 6, meeting, meeting + 7)).isEqualTo(7);
    assertThat(Words.apart(FOLDED, meeting, meeting + 7, ankara, ankara + 6, 3)).isEqualTo(4);
    assertThat(Words.apart(FOLDED, meeting, meeting + 7, meeting + 2, ankara)).isZero();
  }
}
