package tulpar.streams.lexicon;

import tulpar.streams.text.FoldedText;
/** A sign of a language: a letter only it uses among Tulpar's six, or one of its frequent words (folded). */
public record LanguageMarker(String language, Kind kind, String value) {

  public enum Kind { LETTER, WORD }

  static LanguageMarker of(LexiconFile.Row row) {
    Kind kind = switch (row.column(1)) {
      case "letter" -> Kind.LETTER;
      case "word" -> Kind.WORD;
      default -> throw row.invalid("kind must be letter or word");
    };
    String value = kind == Kind.WORD ? FoldedText.fold(row.column(2)) : row.column(2);
    return new LanguageMarker(row.column(0), kind, value);
  }
}
