package tulpar.streams.events;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import tulpar.schemas.EventMention;
import tulpar.schemas.EventType;
import tulpar.streams.text.FoldedText;

/**
 * The id of a real-world event, derived from what identifies it in the world and never from the article that
 * reports it: its type, its Turkic parties (sorted), its name normalised (folded, punctuation dropped), and a
 * date window. Names of meetings of a body are built the same way in every language ("8th meeting of the
 * Joint Strategic Planning Group"), so reports in different articles and languages meet. The nth meeting of a
 * body between given parties happens once, so a name with an ordinal needs no date window; otherwise the
 * window is the year ("informal summit of the Organization of Turkic States" in 2026), or "undated".
 */
public final class EventIds {

  private static final Pattern ORDINAL_NAME = Pattern.compile("^\\d+(st|nd|rd|th) .*");
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private EventIds() {}

  public static String of(EventMention mention) {
    return of(mention.getType(), mention.getParties(), mention.getName(), mention.getDate());
  }

  public static String of(EventType type, List<String> parties, String name, String date) {
    String window = ORDINAL_NAME.matcher(name).matches() ? "" : date == null ? "undated" : date.substring(0, 4);
    String identity = type + "|" + String.join(",", parties.stream().sorted().toList()) + "|"
        + normalise(name) + "|" + window;
    return "evt-" + HexFormat.of().formatHex(sha256(identity), 0, 10);
  }

  static String normalise(String name) {
    return NOT_WORD.matcher(FoldedText.fold(name)).replaceAll(" ").strip();
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }
}
