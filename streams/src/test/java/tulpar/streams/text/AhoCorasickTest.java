package tulpar.streams.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AhoCorasickTest {

  @Test
  void shouldFindEveryOccurrenceOfEveryPatternIncludingOverlapsInOnePass() {
    AhoCorasick<String> automaton = AhoCorasick.<String>builder()
        .add("he", "he").add("she", "she").add("his", "his").add("hers", "hers").build();
    List<String> hits = new ArrayList<>();

    automaton.scan("ushers", (start, end, pattern) -> hits.add(pattern + "@" + start + "-" + end));

    assertThat(hits).containsExactlyInAnyOrder("she@1-4", "he@2-4", "hers@2-6");
  }

  @Test
  void shouldReportAllPayloadsOfAPatternAddedTwice() {
    AhoCorasick<Integer> automaton = AhoCorasick.<Integer>builder().add("ankara", 1).add("ankara", 2).build();
    List<Integer> payloads = new ArrayList<>();

    automaton.scan("in ankara", (start, end, payload) -> payloads.add(payload));

    assertThat(payloads).containsExactlyInAnyOrder(1, 2);
  }
}
