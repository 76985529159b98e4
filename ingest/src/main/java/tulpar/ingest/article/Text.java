package tulpar.ingest.article;

/** Small text helpers shared by the parsers; all linear in the input, whatever its shape. */
public final class Text {

  private static final int QUOTE_LIMIT = 60;

  private Text() {}

  static boolean isSpace(int codePoint) {
    // Character.isWhitespace leaves out the no-break spaces that pasted web text is full of.
    return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint);
  }

  static boolean isBlank(String text) {
    return text == null || text.codePoints().allMatch(Text::isSpace);
  }

  /** Every run of white space becomes one plain space, and the ends are trimmed. */
  static String collapseWhitespace(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean pendingSpace = false;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (isSpace(cp)) {
        pendingSpace = out.length() > 0;
      } else {
        if (pendingSpace) {
          out.append(' ');
          pendingSpace = false;
        }
        out.appendCodePoint(cp);
      }
    }
    return out.toString();
  }

  /** The number of bytes the text takes in UTF-8, without encoding it. */
  static long utf8Length(CharSequence text) {
    long bytes = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        bytes += 1;
      } else if (c < 0x800) {
        bytes += 2;
      } else if (Character.isSurrogate(c)) {
        bytes += 2; // a surrogate pair is four bytes in UTF-8
      } else {
        bytes += 3;
      }
    }
    return bytes;
  }

  /** The text in quotes for a message, cut short so a hostile value cannot flood a log or a response. */
  public static String quote(String text) {
    String shown = text.length() <= QUOTE_LIMIT ? text : text.substring(0, QUOTE_LIMIT) + "…";
    return "'" + shown.replaceAll("\\p{Cntrl}", " ") + "'";
  }
}
