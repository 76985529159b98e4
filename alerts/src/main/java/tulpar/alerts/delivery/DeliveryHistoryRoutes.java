package tulpar.alerts.delivery;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import tulpar.alerts.subscriptions.ApiAnswers;
import tulpar.alerts.subscriptions.SubscriptionRoutes;
import tulpar.alerts.subscriptions.SubscriptionStore;
import tulpar.servicekit.AvroJson;

/** {@code GET /api/v1/subscriptions/{id}/deliveries}: the subscription's latest delivery attempts, newest first. */
public final class DeliveryHistoryRoutes {

  private final SubscriptionStore store;
  private final DeliveryHistory history;

  public DeliveryHistoryRoutes(SubscriptionStore store, DeliveryHistory history) {
    this.store = store;
    this.history = history;
  }

  public void register(Javalin app) {
    app.get(SubscriptionRoutes.PATH + "/{id}/deliveries", this::list);
  }

  private void list(Context ctx) {
    if (!history.isReady()) {
      ApiAnswers.error(ctx, HttpStatus.SERVICE_UNAVAILABLE, "Deliveries are still loading from Kafka; retry in a"
          + " moment");
      return;
    }
    ApiAnswers.existing(ctx, store).ifPresent(subscription ->
        ctx.json(history.recent(subscription.getId()).stream().map(AvroJson::toJson).toList()));
  }
}
