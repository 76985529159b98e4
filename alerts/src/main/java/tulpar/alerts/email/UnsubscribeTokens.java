package tulpar.alerts.email;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import tulpar.alerts.webhook.WebhookSignature;
import tulpar.schemas.Subscription;

/**
 * The tokens of one-click unsubscribe links: the subscription id and an HMAC-SHA256 over it, keyed with the
 * subscription's own secret. Every instance holds every subscription's secret (they travel in
 * {@code tulpar.subscriptions}), so any instance can check a link another one sent, and no server key has to
 * be shared or kept. The HMAC input is prefixed so that a token can never be mistaken for a webhook signature.
 * Tokens do not expire: an unsubscribe link must work in an old email too.
 */
public final class UnsubscribeTokens {

  private static final String PURPOSE = "tulpar-unsubscribe|";

  private UnsubscribeTokens() {}

  /** The token for the subscription; it needs the subscription's secret. */
  public static String of(Subscription subscription) {
    return subscription.getId() + "." + mac(subscription);
  }

  /** The subscription id a token claims to be for; check it with {@link #isValid} before acting on it. */
  public static Optional<String> subscriptionId(String token) {
    int dot = token.lastIndexOf('.');
    return dot > 0 ? Optional.of(token.substring(0, dot)) : Optional.empty();
  }

  public static boolean isValid(String token, Subscription subscription) {
    if (subscription.getSecret() == null) {
      return false;
    }
    byte[] expected = of(subscription).getBytes(StandardCharsets.UTF_8);
    return MessageDigest.isEqual(expected, token.getBytes(StandardCharsets.UTF_8));
  }

  private static String mac(Subscription subscription) {
    return Base64.getUrlEncoder().withoutPadding()
        .encodeToString(WebhookSignature.hmac(subscription.getSecret(), PURPOSE + subscription.getId()));
  }
}
