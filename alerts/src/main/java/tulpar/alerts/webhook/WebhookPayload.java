package tulpar.alerts.webhook;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import tulpar.alerts.delivery.Notification;
import tulpar.alerts.subscriptions.SubscriptionRequest;
import tulpar.schemas.Alert;
import tulpar.servicekit.AvroJson;
import tulpar.servicekit.Json;

/**
 * The JSON body of a webhook request (documented in alerts/README.md). It depends only on the notification, so
 * every retry sends the same bytes.
 */
public final class WebhookPayload {

  /** Raised when the body changes in a way receivers must know about. */
  public static final int PAYLOAD_VERSION = 1;

  private WebhookPayload() {}

  public static String render(Notification notification) {
    ObjectNode body = Json.MAPPER.createObjectNode();
    switch (notification.kind()) {
      case ALERT -> alert(body, notification.alerts().get(0), type(notification.alerts().get(0)));
      case TEST -> alert(body, notification.alerts().get(0), "test");
      case DIGEST -> {
        body.put("type", "digest");
        body.put("payloadVersion", PAYLOAD_VERSION);
        body.put("digestId", notification.id());
        body.put("subscriptionId", notification.subscriptionId());
        body.put("timestamp", notification.createdAt().toString());
        body.put("delivery", SubscriptionRequest.word(notification.mode()));
        ArrayNode alerts = body.putArray("alerts");
        notification.alerts().forEach(alert -> {
          ObjectNode item = alerts.addObject();
          item.put("type", type(alert));
          item.put("alertId", alert.getId());
          item.put("timestamp", alert.getCreatedAt().toString());
          item.set("event", AvroJson.toJson(alert.getEvent()));
        });
      }
    }
    return body.toString();
  }

  private static void alert(ObjectNode body, Alert alert, String type) {
    body.put("type", type);
    body.put("payloadVersion", PAYLOAD_VERSION);
    body.put("alertId", alert.getId());
    body.put("subscriptionId", alert.getSubscriptionId());
    body.put("timestamp", alert.getCreatedAt().toString());
    body.set("event", AvroJson.toJson(alert.getEvent()));
  }

  /** {@code event.new}, {@code event.status_changed} (or {@code event.updated}): what happened to the event. */
  static String type(Alert alert) {
    return "event." + alert.getEvent().getChange().name().toLowerCase(Locale.ROOT);
  }
}
