package tulpar.alerts.webhook;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import tulpar.schemas.Alert;
import tulpar.servicekit.AvroJson;
import tulpar.servicekit.Json;

/**
 * The JSON body of a webhook request (documented in alerts/README.md). It depends only on the alert, so every
 * retry sends the same bytes.
 */
public final class WebhookPayload {

  /** Raised when the body changes in a way receivers must know about. */
  public static final int PAYLOAD_VERSION = 1;

  private WebhookPayload() {}

  public static String render(Alert alert) {
    ObjectNode body = Json.MAPPER.createObjectNode();
    body.put("type", type(alert));
    body.put("payloadVersion", PAYLOAD_VERSION);
    body.put("alertId", alert.getId());
    body.put("subscriptionId", alert.getSubscriptionId());
    body.put("timestamp", alert.getCreatedAt().toString());
    body.set("event", AvroJson.toJson(alert.getEvent()));
    return body.toString();
  }

  /** {@code event.new}, {@code event.status_changed} (or {@code event.updated}): what happened to the event. */
  static String type(Alert alert) {
    return "event." + alert.getEvent().getChange().name().toLowerCase(Locale.ROOT);
  }
}
