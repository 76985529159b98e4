package tulpar.alerts.subscriptions;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.UnknownHostException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tulpar.alerts.kafka.KafkaWriteException;
import tulpar.alerts.webhook.TargetGuard;
import tulpar.schemas.Subscription;

/** {@code /api/v1/subscriptions}: create, list, read and delete subscriptions. */
public final class SubscriptionRoutes {

  private static final Logger log = LoggerFactory.getLogger(SubscriptionRoutes.class);
  private static final String PATH = "/api/v1/subscriptions";

  private final SubscriptionStore store;
  private final TargetGuard guard;

  public SubscriptionRoutes(SubscriptionStore store, TargetGuard guard) {
    this.store = store;
    this.guard = guard;
  }

  public void register(Javalin app) {
    app.post(PATH, this::create);
    app.get(PATH, this::list);
    app.get(PATH + "/{id}", this::read);
    app.delete(PATH + "/{id}", this::delete);
  }

  private void create(Context ctx) {
    SubscriptionRequest request = SubscriptionRequest.parse(ctx.body());
    refuseGuardedTarget(request);
    if (unavailable(ctx)) {
      return;
    }
    try {
      Subscription created = store.create(request);
      log.info("Created subscription {} ({})", created.getId(), created.getChannel());
      ctx.status(HttpStatus.CREATED).json(SubscriptionJson.withSecret(created));
    } catch (KafkaWriteException e) {
      log.warn("Cannot store a subscription: {}", e.getMessage());
      error(ctx, HttpStatus.SERVICE_UNAVAILABLE, "The subscription was not stored: " + e.getMessage());
    }
  }

  private void refuseGuardedTarget(SubscriptionRequest request) {
    try {
      guard.refusal(request.target()).ifPresent(reason -> {
        throw new IllegalArgumentException("'target' " + reason);
      });
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("'target': the host " + request.target().getHost() + " cannot be resolved",
          e);
    }
  }

  private void list(Context ctx) {
    if (!unavailable(ctx)) {
      ctx.json(store.all().stream().map(SubscriptionJson::withoutSecret).toList());
    }
  }

  private void read(Context ctx) {
    if (!unavailable(ctx)) {
      String id = ctx.pathParam("id");
      store.find(id).ifPresentOrElse(
          s -> ctx.json(SubscriptionJson.withoutSecret(s)),
          () -> notFound(ctx, id));
    }
  }

  private void delete(Context ctx) {
    if (unavailable(ctx)) {
      return;
    }
    String id = ctx.pathParam("id");
    try {
      if (store.delete(id)) {
        log.info("Deleted subscription {}", id);
        ctx.status(HttpStatus.NO_CONTENT);
      } else {
        notFound(ctx, id);
      }
    } catch (KafkaWriteException e) {
      log.warn("Cannot delete subscription {}: {}", id, e.getMessage());
      error(ctx, HttpStatus.SERVICE_UNAVAILABLE, "The subscription was not deleted: " + e.getMessage());
    }
  }

  /** Until every stored subscription is loaded, answers would be incomplete: say so instead. */
  private boolean unavailable(Context ctx) {
    if (store.isLoaded()) {
      return false;
    }
    error(ctx, HttpStatus.SERVICE_UNAVAILABLE, "Subscriptions are still loading from Kafka; retry in a moment");
    return true;
  }

  private static void notFound(Context ctx, String id) {
    error(ctx, HttpStatus.NOT_FOUND, "No subscription with id '" + id + "'");
  }

  private static void error(Context ctx, HttpStatus status, String message) {
    ctx.status(status).json(Map.of("error", message));
  }
}
