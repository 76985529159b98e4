package tulpar.servicekit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationsTest {

  @Test
  void readsDurationsAsPeopleWriteThem() {
    assertThat(Durations.parse("500ms")).isEqualTo(Duration.ofMillis(500));
    assertThat(Durations.parse(" 5m ")).isEqualTo(Duration.ofMinutes(5));
    assertThat(Durations.parse("10H")).isEqualTo(Duration.ofHours(10));
    assertThat(Durations.parse("1d")).isEqualTo(Duration.ofDays(1));
    assertThat(Durations.parse("PT2S")).isEqualTo(Duration.ofSeconds(2));
  }

  @Test
  void readsASchedule() {
    assertThat(Durations.parseList("0s,5s,5m")).containsExactly(Duration.ZERO, Duration.ofSeconds(5),
        Duration.ofMinutes(5));
  }

  @Test
  void namesWhatIsWrong() {
    assertThatThrownBy(() -> Durations.parse("soon")).hasMessageContaining("'soon'").hasMessageContaining("500ms");
    assertThatThrownBy(() -> Durations.parseList("1s,,2s")).hasMessageContaining("is not a duration");
    assertThatThrownBy(() -> Durations.parse("-5s")).isInstanceOf(IllegalArgumentException.class);
  }
}
