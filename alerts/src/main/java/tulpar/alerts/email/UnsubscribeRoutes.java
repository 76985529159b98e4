package tulpar.alerts.email;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tulpar.alerts.kafka.KafkaWriteException;
import tulpar.alerts.subscriptions.SubscriptionStore;
import tulpar.schemas.Subscription;

/**
 * {@code /unsubscribe?token=…}, the link in every alert email. It lies outside {@code /api/v1} on purpose: the
 * person following it has a token from their email, not the API token.
 *
 * <p>{@code POST} disables the subscription: that is what a mail client's one-click unsubscribe sends (RFC 8058)
 * and what the confirmation page's button sends. {@code GET} only shows that page, because mail scanners fetch
 * the links they find, and a fetch must not unsubscribe anyone (RFC 8058, section 4).
 */
public final class UnsubscribeRoutes {

  public static final String PATH = "/unsubscribe";
  private static final Logger log = LoggerFactory.getLogger(UnsubscribeRoutes.class);

  private final SubscriptionStore store;

  public UnsubscribeRoutes(SubscriptionStore store) {
    this.store = store;
  }

  public void register(Javalin app) {
    app.get(PATH, this::confirm);
    app.post(PATH, this::unsubscribe);
  }

  private void confirm(Context ctx) {
    subscription(ctx).ifPresent(subscription -> page(ctx, HttpStatus.OK, subscription.getEnabled()
        ? "<p>Stop sending Tulpar alerts to " + EmailContent.escape(subscription.getTarget()) + "?</p>"
            + "<form method=\"post\" action=\"?token=" + EmailContent.escape(ctx.queryParam("token")) + "\">"
            + "<button type=\"submit\">Unsubscribe</button></form>"
        : "<p>You are unsubscribed: Tulpar sends no alerts to " + EmailContent.escape(subscription.getTarget())
            + " for this subscription.</p>"));
  }

  private void unsubscribe(Context ctx) {
    subscription(ctx).ifPresent(subscription -> {
      try {
        store.disable(subscription.getId());
        log.info("Subscription {} was unsubscribed through its link", subscription.getId());
        page(ctx, HttpStatus.OK, "<p>You are unsubscribed: Tulpar sends no more alerts to "
            + EmailContent.escape(subscription.getTarget()) + " for this subscription.</p>");
      } catch (KafkaWriteException e) {
        log.warn("Cannot unsubscribe {}: {}", subscription.getId(), e.getMessage());
        page(ctx, HttpStatus.SERVICE_UNAVAILABLE, "<p>That did not work this time; please try again in a minute.</p>");
      }
    });
  }

  /** The subscription the link's token is for; empty when the request has been answered already. */
  private Optional<Subscription> subscription(Context ctx) {
    if (!store.isLoaded()) {
      page(ctx, HttpStatus.SERVICE_UNAVAILABLE, "<p>Tulpar is starting; please try again in a minute.</p>");
      return Optional.empty();
    }
    String token = ctx.queryParam("token");
    Optional<Subscription> subscription = Optional.ofNullable(token)
        .flatMap(UnsubscribeTokens::subscriptionId)
        .flatMap(store::find)
        .filter(s -> UnsubscribeTokens.isValid(token, s));
    if (subscription.isEmpty()) {
      page(ctx, HttpStatus.BAD_REQUEST, "<p>This unsubscribe link is not valid, or its subscription no longer"
          + " exists (then it sends nothing). Copy the whole link from the email.</p>");
    }
    return subscription;
  }

  private static void page(Context ctx, HttpStatus status, String body) {
    ctx.status(status).html("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Tulpar alerts</title></head>"
        + "<body style=\"font-family: sans-serif\"><h1 style=\"font-size: 1.2em\">Tulpar alerts</h1>" + body
        + "</body></html>");
  }
}
