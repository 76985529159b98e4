package tulpar.ingest.article;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import tulpar.schemas.RejectReason;

/**
 * Bytes to text, strictly: UTF-8 only (a UTF-8 byte order mark is accepted and dropped), no NUL bytes, and the
 * first bad byte named by its offset so a person can find it.
 */
public final class Utf8Text {

  private static final int BOM_LENGTH = 3;

  private Utf8Text() {}

  public static String decode(byte[] bytes) throws BadArticleException {
    if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) {
      throw new BadArticleException(RejectReason.INVALID_ENCODING,
          "The file is UTF-16 (it starts with a UTF-16 byte order mark): save it as UTF-8.");
    }
    // Checked before decoding: NUL is valid UTF-8, but no text file holds one, and for a binary file
    // "binary" says more than the first undecodable byte would.
    requireNoNulByte(bytes);
    int start = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? BOM_LENGTH : 0;
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(bytes.length - start);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      // The buffer wraps the whole array, so its position is the offset in the file.
      int offset = in.position();
      String badBytes = HexFormat.ofDelimiter(" ").withPrefix("0x").withUpperCase()
          .formatHex(bytes, offset, Math.min(bytes.length, offset + result.length()));
      throw new BadArticleException(RejectReason.INVALID_ENCODING, "Byte offset " + offset + " (" + badBytes
          + ") is not valid UTF-8: save the file as UTF-8.");
    }
    return out.flip().toString();
  }

  /** A NUL byte marks a binary file: no text encoding Tulpar reads, other than UTF-16, holds one. */
  static void requireNoNulByte(byte[] bytes) throws BadArticleException {
    int nul = indexOfNul(bytes);
    if (nul >= 0) {
      throw new BadArticleException(RejectReason.BINARY, "Byte offset " + nul + " is a NUL byte: this is a binary"
          + " file (an image, a PDF, a word-processor document?), not text. Save the article as plain UTF-8 text.");
    }
  }

  static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static int indexOfNul(byte[] bytes) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        return i;
      }
    }
    return -1;
  }
}
