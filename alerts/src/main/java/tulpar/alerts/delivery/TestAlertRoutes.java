package tulpar.alerts.delivery;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tulpar.alerts.subscriptions.ApiAnswers;
import tulpar.alerts.subscriptions.SubscriptionRoutes;
import tulpar.alerts.subscriptions.SubscriptionStore;
import tulpar.schemas.Subscription;
import tulpar.servicekit.Json;

/**
 * {@code POST /api/v1/subscriptions/{id}/test}: sends a sample alert, signed like any other, to the subscription
 * now and answers with what the receiver did, so a subscriber can check their end before real news arrives.
 */
public final class TestAlertRoutes {

  private static final Logger log = LoggerFactory.getLogger(TestAlertRoutes.class);

  private final SubscriptionStore store;
  private final DeliveryDispatcher dispatcher;
  private final Clock clock;

  public TestAlertRoutes(SubscriptionStore store, DeliveryDispatcher dispatcher, Clock clock) {
    this.store = store;
    this.dispatcher = dispatcher;
    this.clock = clock;
  }

  public void register(Javalin app) {
    app.post(SubscriptionRoutes.PATH + "/{id}/test", this::test);
  }

  private void test(Context ctx) {
    ApiAnswers.existing(ctx, store).ifPresent(subscription -> {
      if (!subscription.getEnabled()) {
        // An unsubscribed address must not be mailed, not even a test.
        ApiAnswers.error(ctx, HttpStatus.CONFLICT, "Subscription " + subscription.getId() + " is disabled; enable"
            + " it (PUT with \"enabled\": true) before testing it");
        return;
      }
      Notification test = Notification.test(subscription.getId(), clock.instant());
      SendResult result = dispatcher.sendNow(test, subscription);
      log.info("Test alert {} to subscription {}: {} {}", test.id(), subscription.getId(), result.kind(),
          result.detail());
      ctx.json(answer(test, subscription, result));
    });
  }

  private static ObjectNode answer(Notification test, Subscription subscription, SendResult result) {
    ObjectNode answer = Json.MAPPER.createObjectNode();
    answer.put("subscriptionId", subscription.getId());
    answer.put("notificationId", test.id());
    answer.put("delivered", result.kind() == SendResult.Kind.DELIVERED);
    answer.put("outcome", result.kind().name().toLowerCase(Locale.ROOT));
    if (result.statusCode() == null) {
      answer.putNull("statusCode");
    } else {
      answer.put("statusCode", result.statusCode());
    }
    answer.put("detail", result.detail());
    return answer;
  }
}
