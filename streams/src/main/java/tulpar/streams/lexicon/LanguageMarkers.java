package tulpar.streams.lexicon;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntConsumer;
import tulpar.streams.text.FoldedText;
import tulpar.streams.text.WordLookup;

/**
 * The signs of a language in {@code language-markers.tsv}: letters only one of Tulpar's six languages uses (as
 * written, not folded), and frequent words of each (folded). Languages are numbered in file order.
 */
public final class LanguageMarkers {

  private static final String FILE = "language-markers.tsv";
  private static final byte NO_LANGUAGE = -1;

  private final List<String> languages;
  private final byte[] letterLanguage;
  private final WordLookup<Integer> words;

  private LanguageMarkers(List<String> languages, byte[] letterLanguage, WordLookup<Integer> words) {
    this.languages = List.copyOf(languages);
    this.letterLanguage = letterLanguage;
    this.words = words;
  }

  static LanguageMarkers load() {
    List<String> languages = new ArrayList<>();
    byte[] letters = new byte[Character.MAX_VALUE + 1];
    Arrays.fill(letters, NO_LANGUAGE);
    List<WordLookup.Word<Integer>> words = new ArrayList<>();
    for (LexiconFile.Row row : LexiconFile.rows(FILE, 3)) {
      String language = row.column(0);
      if (!languages.contains(language)) {
        languages.add(language);
      }
      int number = languages.indexOf(language);
      switch (row.column(1)) {
        case "letter" -> {
          if (row.column(2).length() != 1) {
            throw row.invalid("a letter is one char");
          }
          letters[row.column(2).charAt(0)] = (byte) number;
        }
        case "word" -> words.add(new WordLookup.Word<>(row.column(2), false, number));
        default -> throw row.invalid("kind must be letter or word");
      }
    }
    return new LanguageMarkers(languages, letters, new WordLookup<>(words));
  }

  /** The languages, numbered as the other methods number them. */
  public List<String> languages() {
    return languages;
  }

  /** The number of the language that alone uses this letter, or -1. */
  public int languageOfLetter(char letter) {
    return letterLanguage[letter];
  }

  /** Reports the number of each language whose frequent word starts at a folded offset. */
  public void wordsAt(FoldedText text, int position, IntConsumer language) {
    words.forEachIntAt(text, position, language);
  }
}
