package tulpar.alerts.subscriptions;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tulpar.alerts.kafka.KafkaWriteException;
import tulpar.alerts.webhook.TargetGuard;
import tulpar.schemas.Channel;
import tulpar.schemas.Subscription;

/** {@code /api/v1/subscriptions}: create, list, read, update and delete subscriptions. */
public final class SubscriptionRoutes {

  public static final String PATH = "/api/v1/subscriptions";
  private static final Logger log = LoggerFactory.getLogger(SubscriptionRoutes.class);

  private final SubscriptionStore store;
  private final TargetGuard guard;
  private final Set<Channel> channels;

  /** @param channels the channels this instance can deliver through: email only with an SMTP server */
  public SubscriptionRoutes(SubscriptionStore store, TargetGuard guard, Set<Channel> channels) {
    this.store = store;
    this.guard = guard;
    this.channels = Set.copyOf(channels);
  }

  public void register(Javalin app) {
    app.post(PATH, this::create);
    app.get(PATH, this::list);
    app.get(PATH + "/{id}", this::read);
    app.put(PATH + "/{id}", this::update);
    app.delete(PATH + "/{id}", this::delete);
  }

  private void create(Context ctx) {
    SubscriptionRequest request = validRequest(ctx.body());
    if (ApiAnswers.loading(ctx, store)) {
      return;
    }
    try {
      Subscription created = store.create(request);
      log.info("Created subscription {} ({})", created.getId(), created.getChannel());
      ctx.status(HttpStatus.CREATED).json(created.getChannel() == Channel.WEBHOOK
          ? SubscriptionJson.withSecret(created)
          : SubscriptionJson.withoutSecret(created));
    } catch (KafkaWriteException e) {
      log.warn("Cannot store a subscription: {}", e.getMessage());
      ApiAnswers.error(ctx, HttpStatus.SERVICE_UNAVAILABLE, "The subscription was not stored: " + e.getMessage());
    }
  }

  /** Keeps the id and the secret; a subscription that becomes a webhook shows its secret, which it never did. */
  private void update(Context ctx) {
    SubscriptionRequest request = validRequest(ctx.body());
    if (ApiAnswers.loading(ctx, store)) {
      return;
    }
    String id = ctx.pathParam("id");
    try {
      store.update(id, request).ifPresentOrElse(update -> {
        log.info("Updated subscription {} ({})", id, update.after().getChannel());
        boolean secretIsNew = update.after().getChannel() == Channel.WEBHOOK
            && (update.before().getChannel() != Channel.WEBHOOK || update.before().getSecret() == null);
        ctx.json(secretIsNew ? SubscriptionJson.withSecret(update.after()) : SubscriptionJson.withoutSecret(update.after()));
      }, () -> ApiAnswers.notFound(ctx, id));
    } catch (KafkaWriteException e) {
      log.warn("Cannot update subscription {}: {}", id, e.getMessage());
      ApiAnswers.error(ctx, HttpStatus.SERVICE_UNAVAILABLE, "The subscription was not updated: " + e.getMessage());
    }
  }

  /** Parses and checks what this instance can deliver; every problem is a 400 naming the field. */
  private SubscriptionRequest validRequest(String body) {
    SubscriptionRequest request = SubscriptionRequest.parse(body);
    if (!channels.contains(request.channel())) {
      throw new IllegalArgumentException("'channel': " + SubscriptionRequest.word(request.channel())
          + (request.channel() == Channel.EMAIL
              ? " needs an SMTP server, and this Tulpar has none; start it with --smtp-host (and --smtp-from)"
              : " is not available on this instance"));
    }
    if (request.channel() == Channel.WEBHOOK) {
      URI target = URI.create(request.target());
      try {
        guard.refusal(target).ifPresent(reason -> {
          throw new IllegalArgumentException("'target' " + reason);
        });
      } catch (UnknownHostException e) {
        throw new IllegalArgumentException("'target': the host " + target.getHost() + " cannot be resolved", e);
      }
    }
    return request;
  }

  private void list(Context ctx) {
    if (!ApiAnswers.loading(ctx, store)) {
      ctx.json(store.all().stream().map(SubscriptionJson::withoutSecret).toList());
    }
  }

  private void read(Context ctx) {
    ApiAnswers.existing(ctx, store).ifPresent(s -> ctx.json(SubscriptionJson.withoutSecret(s)));
  }

  private void delete(Context ctx) {
    if (ApiAnswers.loading(ctx, store)) {
      return;
    }
    String id = ctx.pathParam("id");
    try {
      if (store.delete(id)) {
        log.info("Deleted subscription {}", id);
        ctx.status(HttpStatus.NO_CONTENT);
      } else {
        ApiAnswers.notFound(ctx, id);
      }
    } catch (KafkaWriteException e) {
      log.warn("Cannot delete subscription {}: {}", id, e.getMessage());
      ApiAnswers.error(ctx, HttpStatus.SERVICE_UNAVAILABLE, "The subscription was not deleted: " + e.getMessage());
    }
  }
}
