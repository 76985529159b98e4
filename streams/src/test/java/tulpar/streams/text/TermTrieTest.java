package tulpar.streams.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TermTrieTest {

  private static int walk(TermTrie trie, String text) {
    int state = TermTrie.ROOT;
    for (int i = 0; i < text.length() && state != TermTrie.NONE; i++) {
      state = trie.next(state, text.charAt(i));
    }
    return state;
  }

  private static List<Integer> outputs(TermTrie trie, int state) {
    List<Integer> outputs = new ArrayList<>();
    for (int o = trie.firstOutput(state); o < trie.endOfOutputs(state); o++) {
      outputs.add(trie.output(o));
    }
    return outputs;
  }

  @Test
  void shouldEndAWalkOnEachKeyAndOnlyThere() {
    TermTrie trie = TermTrie.of(List.of("ankara", "an", "astana"));

    assertThat(outputs(trie, walk(trie, "ankara"))).containsExactly(0);
    assertThat(outputs(trie, walk(trie, "an"))).containsExactly(1);
    assertThat(trie.isTerminal(walk(trie, "ank"))).isFalse();
    assertThat(walk(trie, "ankaras")).isEqualTo(TermTrie.NONE);
    assertThat(walk(trie, "baku")).as("a char no key has").isEqualTo(TermTrie.NONE);
  }

  @Test
  void shouldReportEveryKeyGivenTwice() {
    TermTrie trie = TermTrie.of(List.of("in", "ankara", "in"));

    assertThat(outputs(trie, walk(trie, "in"))).containsExactly(0, 2);
  }

  @Test
  void shouldKnowItsLongestKey() {
    assertThat(TermTrie.of(List.of("ab", "organization of turkic states")).longestKey()).isEqualTo(29);
  }
}
