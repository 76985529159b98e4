package tulpar.streams.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EnglishOrdinalsTest {

  @Test
  void shouldWriteTheSuffixEnglishGivesEachNumber() {
    assertThat(List.of(1, 2, 3, 4, 11, 12, 13, 21, 22, 101, 111, 112).stream().map(EnglishOrdinals::of).toList())
        .containsExactly("1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "101st", "111th",
            "112th");
  }
}
