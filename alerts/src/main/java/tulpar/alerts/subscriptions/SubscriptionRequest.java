package tulpar.alerts.subscriptions;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import tulpar.alerts.email.EmailAddresses;
import tulpar.schemas.Channel;
import tulpar.schemas.DeliveryMode;
import tulpar.schemas.SubscriptionFilter;

/**
 * The body of {@code POST /api/v1/subscriptions} and {@code PUT /api/v1/subscriptions/{id}}, validated. Every
 * problem is an {@link IllegalArgumentException} whose message names the field, which the HTTP API answers with
 * 400.
 *
 * @param target  a webhook URL or an email address, as the channel wants
 * @param enabled empty when the request does not say (a new subscription is enabled; an update keeps the state)
 */
public record SubscriptionRequest(Channel channel, String target, SubscriptionFilter filter, DeliveryMode delivery,
                                  Optional<Boolean> enabled) {

  private static final List<String> FIELDS = List.of("channel", "target", "filter", "delivery", "enabled");
  private static final List<DeliveryMode> DELIVERY_MODES = List.of(DeliveryMode.IMMEDIATE,
      DeliveryMode.HOURLY_DIGEST, DeliveryMode.DAILY_DIGEST);
  private static final int MAX_TARGET_LENGTH = 2048;

  public static SubscriptionRequest parse(String body) {
    JsonNode root = JsonFields.read(body);
    if (!root.isObject()) {
      throw new IllegalArgumentException("The request body must be a JSON object:"
          + " {\"channel\": \"webhook\", \"target\": \"https://…\", \"filter\": {…}}");
    }
    JsonFields.rejectUnknown(root, "", FIELDS);
    Channel channel = JsonFields.choice(root.get("channel"), "channel", null, List.of(Channel.WEBHOOK, Channel.EMAIL),
        SubscriptionRequest::word);
    if (channel == null) {
      throw new IllegalArgumentException("'channel' is required: \"webhook\" or \"email\"");
    }
    return new SubscriptionRequest(channel, target(channel, root.get("target")), FilterRequest.parse(root.get("filter")),
        JsonFields.choice(root.get("delivery"), "delivery", DeliveryMode.IMMEDIATE, DELIVERY_MODES,
            SubscriptionRequest::word),
        enabled(root.get("enabled")));
  }

  /** The word the API uses for a channel: {@code webhook}, {@code email}. */
  public static String word(Channel channel) {
    return channel.name().toLowerCase(Locale.ROOT);
  }

  /** The word the API uses for a delivery mode: {@code immediate}, {@code hourly}, {@code daily}. */
  public static String word(DeliveryMode mode) {
    return switch (mode) {
      case IMMEDIATE -> "immediate";
      case HOURLY_DIGEST -> "hourly";
      case DAILY_DIGEST -> "daily";
    };
  }

  private static String target(Channel channel, JsonNode node) {
    boolean email = channel == Channel.EMAIL;
    if (node == null || !node.isTextual() || node.asText().isBlank()) {
      throw new IllegalArgumentException(email
          ? "'target' is required: the email address, e.g. \"ops@example.com\""
          : "'target' is required: the webhook URL, e.g. \"https://example.com/hooks/tulpar\"");
    }
    String text = node.asText().trim();
    if (email) {
      EmailAddresses.problem(text).ifPresent(problem -> {
        throw new IllegalArgumentException("'target' " + problem);
      });
      return text;
    }
    return webhookUrl(text).toString();
  }

  private static URI webhookUrl(String text) {
    if (text.length() > MAX_TARGET_LENGTH) {
      throw new IllegalArgumentException("'target' is longer than " + MAX_TARGET_LENGTH + " characters");
    }
    URI uri;
    try {
      uri = new URI(text);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("'target' is not a valid URL: " + e.getMessage(), e);
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
      throw new IllegalArgumentException("'target' must be an absolute http:// or https:// URL with a host name,"
          + " e.g. \"https://example.com/hooks/tulpar\"");
    }
    return uri;
  }

  private static Optional<Boolean> enabled(JsonNode node) {
    if (node == null || node.isNull()) {
      return Optional.empty();
    }
    if (!node.isBoolean()) {
      throw new IllegalArgumentException("'enabled' must be true or false");
    }
    return Optional.of(node.asBoolean());
  }
}
