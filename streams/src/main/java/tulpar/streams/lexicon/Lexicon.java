package tulpar.streams.lexicon;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tulpar.streams.text.FoldedText;
import tulpar.streams.text.SuffixRules;
import tulpar.streams.text.TermMatcher.Flag;
import tulpar.streams.text.TermMatcher;

/** Every term of every vocabulary in one matcher, so an article is scanned once. Immutable, thread-safe. */
public final class Lexicon {

  private final TermMatcher<Term> matcher;
  private final Map<Vocabulary, Map<String, String>> keysByFoldedTerm;

  private Lexicon(TermMatcher<Term> matcher, Map<Vocabulary, Map<String, String>> keysByFoldedTerm) {
    this.matcher = matcher;
    this.keysByFoldedTerm = keysByFoldedTerm;
  }

  static Lexicon load(SuffixRules suffixes) {
    List<TermMatcher.Term<Term>> terms = new ArrayList<>();
    Map<Vocabulary, Map<String, String>> keys = new HashMap<>();
    for (Vocabulary vocabulary : Vocabulary.values()) {
      Map<String, String> byTerm = new HashMap<>();
      for (LexiconFile.Row row : LexiconFile.rows(vocabulary.file(), 2)) {
        String text = row.column(1);
        Set<Flag> flags = flags(row);
        if (text.endsWith("*")) {
          text = text.substring(0, text.length() - 1);
          flags.add(Flag.PREFIX);
        }
        terms.add(new TermMatcher.Term<>(text, flags, new Term(vocabulary, row.column(0))));
        byTerm.put(FoldedText.fold(text), row.column(0));
      }
      keys.put(vocabulary, Map.copyOf(byTerm));
    }
    return new Lexicon(new TermMatcher<>(terms, suffixes), Map.copyOf(keys));
  }

  private static Set<Flag> flags(LexiconFile.Row row) {
    Set<Flag> flags = EnumSet.noneOf(Flag.class);
    String column = row.column(2);
    if (column.isEmpty()) {
      return flags;
    }
    for (String flag : column.split(",")) {
      flags.add(switch (flag.strip()) {
        case "cap" -> Flag.CAPITALISED;
        case "upper" -> Flag.UPPER_CASE;
        case "whole" -> Flag.WHOLE_WORD;
        default -> throw row.invalid("unknown flag '" + flag.strip() + "' (known: cap, upper, whole)");
      });
    }
    return flags;
  }

  public Matches find(FoldedText text) {
    return new Matches(matcher.find(text));
  }

  /** The key of a term written exactly so (folded), e.g. the factor of the magnitude "bn"; null if none. */
  public String keyOf(Vocabulary vocabulary, String foldedTerm) {
    return keysByFoldedTerm.get(vocabulary).get(foldedTerm);
  }
}
