package tulpar.alerts.subscriptions;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import tulpar.schemas.Subscription;
import tulpar.servicekit.AvroJson;
import tulpar.servicekit.Json;

/**
 * A subscription as the HTTP API shows it, in the words of the request ({@code "channel": "webhook"}). The
 * signing secret is shown once, in the answer to the POST that created it; reads leave it out.
 */
final class SubscriptionJson {

  private SubscriptionJson() {}

  static ObjectNode withSecret(Subscription subscription) {
    ObjectNode node = withoutSecret(subscription);
    node.put("secret", subscription.getSecret());
    return node;
  }

  static ObjectNode withoutSecret(Subscription subscription) {
    ObjectNode node = Json.MAPPER.createObjectNode();
    node.put("id", subscription.getId());
    node.put("channel", subscription.getChannel().name().toLowerCase(Locale.ROOT));
    node.put("target", subscription.getTarget());
    node.set("filter", AvroJson.toJson(subscription.getFilter()));
    node.put("enabled", subscription.getEnabled());
    node.put("createdAt", subscription.getCreatedAt().toString());
    return node;
  }
}
