package tulpar.streams.text;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * The inflectional endings that may follow a name inside the same word: Turkish, Azerbaijani, Kazakh, Uzbek and
 * Russian case and possessive endings ("Kazakistanın", "Қазақстанның", "O‘zbekistonning", "Казахстаном").
 * A run of letters after a term is accepted when it splits into at most {@link #MAX_CHAIN} known endings, so
 * "Türkiyedeki" (de + ki) passes and "Turkmenistan" does not pass as "Turk" + "menistan".
 */
public final class SuffixRules {

  public static final int MAX_CHAIN = 3;

  private final Set<String> suffixes;
  private final int longest;

  public SuffixRules(Set<String> suffixes) {
    this.suffixes = suffixes.stream().map(FoldedText::fold).filter(s -> !s.isEmpty())
        .collect(Collectors.toUnmodifiableSet());
    this.longest = this.suffixes.stream().mapToInt(String::length).max().orElse(0);
  }

  public boolean accepts(CharSequence run) {
    return accepts(run.toString(), 0, 0);
  }

  private boolean accepts(String run, int from, int used) {
    if (from == run.length()) {
      return true;
    }
    if (used == MAX_CHAIN) {
      return false;
    }
    for (int end = Math.min(run.length(), from + longest); end > from; end--) {
      if (suffixes.contains(run.substring(from, end)) && accepts(run, end, used + 1)) {
        return true;
      }
    }
    return false;
  }
}
