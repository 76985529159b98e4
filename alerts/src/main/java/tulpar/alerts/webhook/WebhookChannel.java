package tulpar.alerts.webhook;

import java.io.IOException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import tulpar.alerts.delivery.AlertChannel;
import tulpar.alerts.delivery.Notification;
import tulpar.alerts.delivery.SendResult;
import tulpar.schemas.Subscription;

/**
 * Delivers a notification as a signed JSON POST following the Standard Webhooks conventions: {@code webhook-id}
 * (the notification id, e.g. the alert id: the same on every retry), {@code webhook-timestamp} and
 * {@code webhook-signature}. Redirects are not followed: a redirect could lead past the {@link TargetGuard}.
 */
public final class WebhookChannel implements AlertChannel {

  private final HttpClient http;
  private final TargetGuard guard;
  private final Duration requestTimeout;
  private final Clock clock;

  public WebhookChannel(TargetGuard guard, Duration connectTimeout, Duration requestTimeout, Clock clock) {
    this.http = HttpClient.newBuilder()
        .connectTimeout(connectTimeout)
        .followRedirects(HttpClient.Redirect.NEVER)
        // Receivers are often small servers; HTTP/1.1 spares them the h2c upgrade dance.
        .version(HttpClient.Version.HTTP_1_1)
        .build();
    this.guard = guard;
    this.requestTimeout = requestTimeout;
    this.clock = clock;
  }

  /** The target's host and port: the receivers behind one server share its capacity, whatever their paths. */
  @Override
  public String endpoint(Subscription subscription) {
    try {
      URI target = URI.create(subscription.getTarget());
      return target.getHost() == null ? subscription.getTarget()
          : target.getHost().toLowerCase(Locale.ROOT) + (target.getPort() < 0 ? "" : ":" + target.getPort());
    } catch (IllegalArgumentException e) {
      return subscription.getTarget(); // malformed: send() fails it for good
    }
  }

  @Override
  public SendResult send(Notification notification, Subscription subscription) {
    URI target = URI.create(subscription.getTarget());
    Optional<String> refusal;
    try {
      refusal = guard.refusal(target);
    } catch (UnknownHostException e) {
      return SendResult.retryable(null, "the host " + target.getHost() + " cannot be resolved");
    }
    if (refusal.isPresent()) {
      return SendResult.refused("target " + refusal.get());
    }
    if (subscription.getSecret() == null) {
      return SendResult.permanent(null, "subscription " + subscription.getId() + " has no signing secret");
    }
    String body = WebhookPayload.render(notification);
    long timestamp = clock.instant().getEpochSecond();
    HttpRequest request = HttpRequest.newBuilder(target)
        .timeout(requestTimeout)
        .header("content-type", "application/json")
        .header("user-agent", "Tulpar-Webhooks/" + WebhookPayload.PAYLOAD_VERSION)
        .header("webhook-id", notification.id())
        .header("webhook-timestamp", Long.toString(timestamp))
        .header("webhook-signature", WebhookSignature.sign(subscription.getSecret(), notification.id(), timestamp, body))
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
        .build();
    try {
      HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
      return classify(response.statusCode(), response.headers().firstValue("retry-after"), clock.instant());
    } catch (HttpTimeoutException e) {
      return SendResult.retryable(null, "timed out: " + e.getMessage());
    } catch (IOException e) {
      return SendResult.retryable(null, "connection failed: " + e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return SendResult.retryable(null, "interrupted while sending");
    }
  }

  /**
   * 2xx delivered; 410 gone; 429 and 5xx worth retrying, after the {@code Retry-After} of a 429 or 503 if they
   * say one; anything else (other 4xx, 3xx) fails for good.
   */
  static SendResult classify(int status, Optional<String> retryAfter, Instant now) {
    if (status >= 200 && status < 300) {
      return SendResult.delivered(status);
    }
    if (status == 410) {
      return SendResult.gone(status);
    }
    if (status == 429 || status == 503) {
      return SendResult.retryable(status, "HTTP " + status, retryAfter.flatMap(value -> RetryAfter.parse(value, now)));
    }
    if (status >= 500) {
      return SendResult.retryable(status, "HTTP " + status);
    }
    return SendResult.permanent(status, "HTTP " + status);
  }
}
