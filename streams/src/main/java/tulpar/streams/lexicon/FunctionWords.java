package tulpar.streams.lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tulpar.streams.text.FoldedText;
import tulpar.streams.text.WordLookup;

/**
 * The function words of {@code function-words.tsv}: the small words that tie a phrase together ("of", "the",
 * "between", "в", "hakkında", "şehrinde"). They are the most frequent words of every language, so they are not
 * matched in the article's one pass; the event extractor looks them up where it reads a phrase.
 */
public final class FunctionWords {

  /** The kinds of function word, one per key of the data file. */
  public enum Kind {
    TITLE_JOINER, ARTICLE, INDEFINITE, SUBJECT_BEFORE, SUBJECT_AFTER, ADJUNCT, VERB, LOCATIVE, DATE_BEFORE, MONTH_AFTER,
    YEAR_AFTER
  }

  private static final String FILE = "function-words.tsv";

  private final WordLookup<Kind> lookup;

  private FunctionWords(WordLookup<Kind> lookup) {
    this.lookup = lookup;
  }

  static FunctionWords load() {
    List<WordLookup.Word<Kind>> words = new ArrayList<>();
    for (LexiconFile.Row row : LexiconFile.rows(FILE, 2)) {
      Kind kind;
      try {
        kind = Kind.valueOf(row.column(0).toUpperCase(Locale.ROOT).replace('-', '_'));
      } catch (IllegalArgumentException unknown) {
        throw row.invalid("unknown kind '" + row.column(0) + "'");
      }
      String text = row.column(1);
      boolean stem = text.endsWith("*");
      words.add(new WordLookup.Word<>(stem ? text.substring(0, text.length() - 1) : text, stem, kind));
    }
    return new FunctionWords(new WordLookup<>(words));
  }

  /** The end of the longest function word of a kind that starts at a folded offset, or -1. */
  public int end(FoldedText text, int position, Kind kind) {
    return lookup.end(text, position, kind);
  }

  public boolean startsAt(FoldedText text, int position, Kind kind) {
    return lookup.end(text, position, kind) >= 0;
  }
}
