package tulpar.alerts.subscriptions;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import tulpar.schemas.Subscription;
import tulpar.schemas.SubscriptionFilter;
import tulpar.servicekit.Json;

/**
 * A subscription as the HTTP API shows it, in the words of the request ({@code "channel": "webhook"},
 * {@code "delivery": "daily"}), so that what a client reads back can be sent again as it is. The signing secret
 * is shown only when a client must learn it: in the answer that created it.
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
    node.put("channel", SubscriptionRequest.word(subscription.getChannel()));
    node.put("target", subscription.getTarget());
    node.set("filter", filter(subscription.getFilter()));
    node.put("delivery", SubscriptionRequest.word(subscription.getDelivery()));
    node.put("enabled", subscription.getEnabled());
    node.put("createdAt", subscription.getCreatedAt().toString());
    return node;
  }

  private static ObjectNode filter(SubscriptionFilter filter) {
    ObjectNode node = Json.MAPPER.createObjectNode();
    node.set("countries", strings(filter.getCountries()));
    node.put("countriesMatch", filter.getCountriesMatch().name().toLowerCase(Locale.ROOT));
    node.set("topics", strings(filter.getTopics()));
    node.set("eventTypes", strings(filter.getEventTypes()));
    node.set("statuses", strings(filter.getStatuses()));
    node.set("keywords", strings(filter.getKeywords()));
    return node;
  }

  private static ArrayNode strings(List<?> values) {
    ArrayNode array = Json.MAPPER.createArrayNode();
    values.forEach(value -> array.add(value.toString()));
    return array;
  }
}
