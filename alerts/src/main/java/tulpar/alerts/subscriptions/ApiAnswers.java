package tulpar.alerts.subscriptions;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Map;
import java.util.Optional;
import tulpar.schemas.Subscription;

/** The answers every subscription route gives alike: errors as {@code {"error": …}}, 503 while loading, 404. */
public final class ApiAnswers {

  private ApiAnswers() {}

  public static void error(Context ctx, HttpStatus status, String message) {
    ctx.status(status).json(Map.of("error", message));
  }

  /** Until every stored subscription is loaded, answers would be incomplete: says so and returns true. */
  public static boolean loading(Context ctx, SubscriptionStore store) {
    if (store.isLoaded()) {
      return false;
    }
    error(ctx, HttpStatus.SERVICE_UNAVAILABLE, "Subscriptions are still loading from Kafka; retry in a moment");
    return true;
  }

  /** The subscription named by the {@code {id}} path parameter; empty when the request has been answered (503, 404). */
  public static Optional<Subscription> existing(Context ctx, SubscriptionStore store) {
    if (loading(ctx, store)) {
      return Optional.empty();
    }
    String id = ctx.pathParam("id");
    Optional<Subscription> found = store.find(id);
    if (found.isEmpty()) {
      notFound(ctx, id);
    }
    return found;
  }

  public static void notFound(Context ctx, String id) {
    error(ctx, HttpStatus.NOT_FOUND, "No subscription with id '" + id + "'");
  }
}
