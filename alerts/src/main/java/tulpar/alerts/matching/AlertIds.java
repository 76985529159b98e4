package tulpar.alerts.matching;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Alert ids are a function of (subscription, event, event version): matching the same event version twice,
 * after a crash or a replay, gives the same id, and receivers drop the duplicate by it. The hashed key
 * {@code subscriptionId|eventId|version} is unambiguous because subscription ids ({@code sub_} and hex) never
 * contain the separator.
 */
public final class AlertIds {

  /** 128 bits of SHA-256: collisions are out of reach and the id stays short enough for a header. */
  private static final int HEX_CHARS = 32;

  private AlertIds() {}

  public static String of(String subscriptionId, String eventId, int eventVersion) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest((subscriptionId + "|" + eventId + "|" + eventVersion).getBytes(StandardCharsets.UTF_8));
      return "alrt_" + HexFormat.of().formatHex(digest).substring(0, HEX_CHARS);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
