package tulpar.ingest.article;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tulpar.schemas.RejectReason;

/**
 * The encoding a file says it is in: a {@code charset:} line in the header block, the {@code encoding} of an XML
 * declaration, or an HTML {@code <meta>} charset. Only the start of the file is looked at, read byte for byte
 * as Latin-1, which every such declaration survives because the encodings it can name agree with ASCII there.
 */
final class DeclaredCharset {

  /** Declarations sit at the top; a longer look would only find charsets quoted in the text. */
  static final int LOOK_BYTES = 2048;

  private static final String NAME = "([A-Za-z0-9._:-]{1,40})";
  private static final List<Pattern> DECLARATIONS = List.of(
      Pattern.compile("\\A(?:[A-Za-z]{1,20}[ \\t]*:[^\\n]*\\n)*?charset[ \\t]*:[ \\t]*" + NAME + "[ \\t]*\\r?$",
          Pattern.CASE_INSENSITIVE | Pattern.MULTILINE),
      Pattern.compile("\\A\\s*<\\?xml[^>]*\\bencoding\\s*=\\s*[\"']" + NAME + "[\"']"),
      Pattern.compile("<meta\\b[^>]*\\bcharset\\s*=\\s*[\"']?" + NAME, Pattern.CASE_INSENSITIVE));

  private DeclaredCharset() {}

  /** The declared charset, or empty when the file declares none. */
  static Optional<Charset> find(byte[] bytes) throws BadArticleException {
    String head = new String(bytes, 0, Math.min(bytes.length, LOOK_BYTES), StandardCharsets.ISO_8859_1);
    for (Pattern declaration : DECLARATIONS) {
      Matcher found = declaration.matcher(head);
      if (found.find()) {
        return Optional.of(named(found.group(1)));
      }
    }
    return Optional.empty();
  }

  private static Charset named(String name) throws BadArticleException {
    try {
      return Charset.forName(name);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw new BadArticleException(RejectReason.INVALID_ENCODING, "The file declares the encoding "
          + Text.quote(name) + ", which Tulpar does not know: save it as UTF-8, or name a known encoding such as"
          + " windows-1251 or windows-1254.");
    }
  }
}
