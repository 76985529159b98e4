package tulpar.streams.events;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import tulpar.schemas.EventMention;
import tulpar.schemas.EventType;
import tulpar.streams.text.FoldedText;
import tulpar.streams.text.Folding;

/**
 * The id of a real-world event, derived from what identifies it in the world and never from the article that
 * reports it: its type, its Turkic parties (sorted), its name normalised (folded, punctuation dropped), and a
 * date window. Names of meetings of a body are built the same way in every language ("8th meeting of the
 * Joint Strategic Planning Group"), so reports in different articles and languages meet. The nth meeting of a
 * body between given parties happens once, so a name with an ordinal needs no date window; otherwise the
 * window is the year ("informal summit of the Organization of Turkic States" in 2026), or "undated".
 */
public final class EventIds {

  private static final Set<String> ORDINAL_SUFFIXES = Set.of("st", "nd", "rd", "th");

  /** Looking a digest up is dear and a digest is not thread-safe: one per thread, reused. */
  private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  });

  private EventIds() {}

  public static String of(EventMention mention) {
    return of(mention.getType(), mention.getParties(), mention.getName(), mention.getDate());
  }

  public static String of(EventType type, List<String> parties, String name, String date) {
    return "evt-" + HexFormat.of().formatHex(sha256(identity(type, parties, name, date)), 0, 10);
  }

  /**
   * What the id is a digest of: two events have the same id exactly when they have the same identity (a
   * collision of the digest's 80 bits aside), so code that only compares events compares these.
   */
  static String identity(EventType type, List<String> parties, String name, String date) {
    return identity(type, parties.stream().sorted().toList(), name, normalise(name), date);
  }

  /** The identity from parties already sorted and the name already {@link #normalise normalised}. */
  static String identity(EventType type, Iterable<String> sortedParties, String name, String normalisedName,
                         String date) {
    String window = startsWithOrdinal(name) ? "" : date == null ? "undated" : date.substring(0, 4);
    return type + "|" + String.join(",", sortedParties) + "|" + normalisedName + "|" + window;
  }

  /** "8th meeting of …": digits, then st, nd, rd or th, then a space. */
  private static boolean startsWithOrdinal(String name) {
    int digits = 0;
    while (digits < name.length() && Character.isDigit(name.charAt(digits))) {
      digits++;
    }
    return digits > 0 && name.length() > digits + 2 && name.charAt(digits + 2) == ' '
        && ORDINAL_SUFFIXES.contains(name.substring(digits, digits + 2));
  }

  /** The name folded, each run of what is not a letter or digit one space, none at either end. */
  static String normalise(String name) {
    String folded = FoldedText.fold(name);
    StringBuilder normal = new StringBuilder(folded.length());
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (Folding.isWordChar(c)) {
        normal.append(c);
      } else if (normal.length() > 0 && normal.charAt(normal.length() - 1) != ' ') {
        normal.append(' ');
      }
    }
    int end = normal.length();
    return end > 0 && normal.charAt(end - 1) == ' ' ? normal.substring(0, end - 1) : normal.toString();
  }

  private static byte[] sha256(String text) {
    return SHA_256.get().digest(text.getBytes(StandardCharsets.UTF_8));
  }
}
