package tulpar.ingest.article;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import tulpar.schemas.RejectReason;

/**
 * An article file's bytes to text. UTF-8 is the rule; a file that is not UTF-8 is still read when there is no
 * doubt about what it is: a UTF-16 byte order mark, an encoding it declares (a {@code charset:} header line,
 * an XML declaration, an HTML meta charset), or bytes that clearly fit Windows-1251 or Windows-1254. Every
 * such repair is named in {@link Decoded#repair()}; when in doubt the file is refused as INVALID_ENCODING
 * with the offset of the first byte that is not UTF-8.
 */
public final class ArticleBytes {

  /** The text, and how it was decoded when that was not plain UTF-8. */
  public record Decoded(String text, Optional<String> repair) {}

  private ArticleBytes() {}

  public static Decoded decode(byte[] bytes) throws BadArticleException {
    if (Utf8Text.startsWith(bytes, 0xFF, 0xFE)) {
      return repaired(strict(bytes, 2, StandardCharsets.UTF_16LE), "decoded as UTF-16LE (byte order mark)");
    }
    if (Utf8Text.startsWith(bytes, 0xFE, 0xFF)) {
      return repaired(strict(bytes, 2, StandardCharsets.UTF_16BE), "decoded as UTF-16BE (byte order mark)");
    }
    Utf8Text.requireNoNulByte(bytes);
    Optional<Charset> declared = DeclaredCharset.find(bytes);
    if (declared.isPresent() && !declared.get().equals(StandardCharsets.UTF_8)) {
      return repaired(strict(bytes, 0, declared.get()), "decoded as " + declared.get().name() + ", as it declares");
    }
    try {
      return new Decoded(Utf8Text.decode(bytes), Optional.empty());
    } catch (BadArticleException notUtf8) {
      if (declared.isPresent()) {
        throw notUtf8; // it says UTF-8 and is not: a damaged file, not one to guess about
      }
      Optional<Charset> guessed = LegacyCharsetGuess.guess(bytes);
      if (guessed.isEmpty()) {
        throw new BadArticleException(RejectReason.INVALID_ENCODING, notUtf8.getMessage() + " Its bytes do not"
            + " clearly fit Windows-1251 (Cyrillic) or Windows-1254 (Turkish) either; if it is in another encoding,"
            + " name it in a 'charset:' header line.");
      }
      return repaired(strict(bytes, 0, guessed.get()), "not UTF-8; decoded as " + guessed.get().name()
          + ", which its bytes clearly fit");
    }
  }

  private static Decoded repaired(String text, String how) {
    return new Decoded(text, Optional.of(how));
  }

  private static String strict(byte[] bytes, int start, Charset charset) throws BadArticleException {
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    try {
      CharBuffer text = charset.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(in);
      return text.toString();
    } catch (CharacterCodingException e) {
      // The decoder stops at the bad input, so the buffer's position is its offset in the file.
      throw notIn(charset, in.position());
    }
  }

  private static BadArticleException notIn(Charset charset, int offset) {
    return new BadArticleException(RejectReason.INVALID_ENCODING, "Byte offset " + offset + " is not valid "
        + charset.name() + ", the encoding the file is in by its byte order mark or declaration: save it as UTF-8.");
  }
}
