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
  void shouldWalkFromEveryWordStartAndEveryOtherCharAndReportKeyEndsInOrderOfStart() {
    TermTrie trie = TermTrie.of(List.of("turkic states", "states", "tat", "$", "ates"));
    char[] text = "organization of turkic states, $5 statesman".toCharArray();
    FoldScan.Candidates candidates = new FoldScan.Candidates();

    trie.walk(text, text.length, candidates);

    List<String> found = new ArrayList<>();
    for (int c = 0; c < candidates.size(); c++) {
      found.add(candidates.start(c) + "-" + candidates.end(c) + ":"
          + outputs(trie, candidates.state(c)));
    }
    // "tat" and "ates" lie inside words, where no walk starts; "states" ends inside "statesman" (whether an
    // ending may follow is for the matcher to say), and inside "turkic states" a walk starts again at "states".
    assertThat(found).containsExactly("16-29:[0]", "23-29:[1]", "31-32:[3]", "34-40:[1]");
  }
}
