package tulpar.ingest.article;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tulpar.schemas.RejectReason;

/**
 * The article file forms of DESIGN.md, from decoded text to a draft:
 * <ul>
 *   <li>a header block of {@code key: value} lines ({@code title}, {@code date}, {@code source}, {@code lang},
 *       {@code url}, {@code charset}) ended by a blank line, then the body;</li>
 *   <li>the seed form, whose text starts (after white space) with {@code date YYYY-MM-DD} and goes on on the
 *       same line;</li>
 *   <li>anything else: all of it is the body.</li>
 * </ul>
 * A header starts only when the first line is a known key, so a body that begins "Note: …" stays a body.
 */
public final class ArticleFileFormat {

  /** {@code charset} names the file's encoding; {@link ArticleBytes} reads it before the text is decoded. */
  static final List<String> HEADER_KEYS = List.of("title", "date", "source", "lang", "url", "charset");

  private static final Pattern SEED_DATE = Pattern.compile("\\s*date[ \\t]+(\\d{4}-\\d{2}-\\d{2})(?=\\s|$)");
  private static final Pattern HEADER_LINE = Pattern.compile("([A-Za-z]{1,20})[ \\t]*:[ \\t]*(.*)");

  private ArticleFileFormat() {}

  public static ArticleDraft parse(String text) throws BadArticleException {
    Matcher seed = SEED_DATE.matcher(text);
    if (seed.lookingAt()) {
      return new ArticleDraft(null, null, text.substring(seed.end()), seed.group(1), null, null);
    }
    Lines lines = new Lines(text);
    if (!isKnownHeaderLine(lines.peek())) {
      return new ArticleDraft(null, null, text, null, null, null);
    }
    return parseHeader(lines);
  }

  private static boolean isKnownHeaderLine(String line) {
    Matcher header = HEADER_LINE.matcher(line);
    return header.matches() && HEADER_KEYS.contains(header.group(1).toLowerCase(Locale.ROOT));
  }

  private static ArticleDraft parseHeader(Lines lines) throws BadArticleException {
    Map<String, String> fields = new HashMap<>();
    while (lines.hasNext()) {
      String line = lines.next();
      if (line.isBlank()) {
        break;
      }
      Matcher header = HEADER_LINE.matcher(line);
      if (!header.matches()) {
        throw malformed("Line " + lines.number() + " (" + Text.quote(line) + ") is neither a 'key: value' header"
            + " line nor the blank line that ends the header: put a blank line between the header and the text.");
      }
      String key = header.group(1).toLowerCase(Locale.ROOT);
      if (!HEADER_KEYS.contains(key)) {
        throw malformed("Line " + lines.number() + " has the header key " + Text.quote(key)
            + ", which Tulpar does not know: the keys are " + String.join(", ", HEADER_KEYS) + ".");
      }
      if (fields.putIfAbsent(key, header.group(2).strip()) != null) {
        throw malformed("Line " + lines.number() + " gives the header key " + Text.quote(key)
            + " a second time: give each key once.");
      }
    }
    return new ArticleDraft(fields.get("url"), fields.get("title"), lines.rest(), fields.get("date"),
        fields.get("source"), fields.get("lang"));
  }

  private static BadArticleException malformed(String message) {
    return new BadArticleException(RejectReason.MALFORMED, message);
  }

  /** Walks the text a line at a time, so a header is read without splitting a body of any size. */
  private static final class Lines {
    private final String text;
    private int position;
    private int number;

    Lines(String text) {
      this.text = text;
    }

    boolean hasNext() {
      return position < text.length();
    }

    String peek() {
      int end = endOfLine();
      return withoutCarriageReturn(text.substring(position, end));
    }

    String next() {
      String line = peek();
      position = Math.min(text.length(), endOfLine() + 1);
      number++;
      return line;
    }

    /** The 1-based number of the line {@link #next()} returned last. */
    int number() {
      return number;
    }

    String rest() {
      return text.substring(position);
    }

    private int endOfLine() {
      int newline = text.indexOf('\n', position);
      return newline < 0 ? text.length() : newline;
    }

    private static String withoutCarriageReturn(String line) {
      return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }
  }
}
