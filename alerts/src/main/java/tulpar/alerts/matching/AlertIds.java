package tulpar.alerts.matching;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;

/**
 * Alert ids are a function of (subscription, event, event version): matching the same event version twice,
 * after a crash or a replay, gives the same id, and receivers drop the duplicate by it. The hashed key
 * {@code subscriptionId|eventId|version} is unambiguous because subscription ids ({@code sub_} and hex) never
 * contain the separator. Digest ids are likewise a function of the subscription and the alerts gathered.
 */
public final class AlertIds {

  /** 128 bits of SHA-256: collisions are out of reach and the id stays short enough for a header. */
  private static final int HEX_CHARS = 32;

  private AlertIds() {}

  public static String of(String subscriptionId, String eventId, int eventVersion) {
    return "alrt_" + hash(subscriptionId + "|" + eventId + "|" + eventVersion);
  }

  /** The same alerts of one subscription, in any order, give the same id. */
  public static String digest(String subscriptionId, Collection<String> alertIds) {
    return "dgst_" + hash(subscriptionId + "|" + String.join("|", alertIds.stream().sorted().toList()));
  }

  private static String hash(String key) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest).substring(0, HEX_CHARS);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
