package tulpar.ingest.article;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Article ids: {@code art_} and the first 16 bytes of a SHA-256, as hex. An article with an address is known by
 * its canonical URL; one without by its source and its text, folded so that spacing, case and Unicode
 * composition do not change it. Where the text lies (which file, which request) never enters the hash.
 */
public final class ArticleIds {

  private static final String PREFIX = "art_";
  private static final int HASH_BYTES = 16;

  private ArticleIds() {}

  public static String forUrl(CanonicalUrl url) {
    return hash("url\n" + url.value());
  }

  /** Parts are joined by newlines, which folding has turned into spaces, so no two splits hash alike. */
  public static String forContent(String source, String title, String body) {
    return hash("text\n" + fold(source) + "\n" + fold(title) + "\n" + fold(body));
  }

  static String fold(String text) {
    return Text.collapseWhitespace(Normalizer.normalize(text, Normalizer.Form.NFC)).toLowerCase(Locale.ROOT);
  }

  private static String hash(String identity) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
      return PREFIX + HexFormat.of().formatHex(digest, 0, HASH_BYTES);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
