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
import java.util.Optional;
import tulpar.alerts.delivery.AlertChannel;
import tulpar.alerts.delivery.SendResult;
import tulpar.schemas.Alert;
import tulpar.schemas.Subscription;

/**
 * Delivers an alert as a signed JSON POST following the Standard Webhooks conventions: {@code webhook-id} (the
 * alert id, the same on every retry), {@code webhook-timestamp} and {@code webhook-signature}. Redirects are not
 * followed: a redirect could lead past the {@link TargetGuard}.
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

  @Override
  public SendResult send(Alert alert, Subscription subscription) {
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
    String body = WebhookPayload.render(alert);
    long timestamp = clock.instant().getEpochSecond();
    HttpRequest request = HttpRequest.newBuilder(target)
        .timeout(requestTimeout)
        .header("content-type", "application/json")
        .header("user-agent", "Tulpar-Webhooks/" + WebhookPayload.PAYLOAD_VERSION)
        .header("webhook-id", alert.getId())
        .header("webhook-timestamp", Long.toString(timestamp))
        .header("webhook-signature", WebhookSignature.sign(subscription.getSecret(), alert.getId(), timestamp, body))
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
        .build();
    try {
      return classify(http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode());
    } catch (HttpTimeoutException e) {
      return SendResult.retryable(null, "timed out: " + e.getMessage());
    } catch (IOException e) {
      return SendResult.retryable(null, "connection failed: " + e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return SendResult.retryable(null, "interrupted while sending");
    }
  }

  /** 2xx delivered; 410 gone; 429 and 5xx worth retrying; anything else (other 4xx, 3xx) fails for good. */
  static SendResult classify(int status) {
    if (status >= 200 && status < 300) {
      return SendResult.delivered(status);
    }
    if (status == 410) {
      return SendResult.gone(status);
    }
    if (status == 429 || status >= 500) {
      return SendResult.retryable(status, "HTTP " + status);
    }
    return SendResult.permanent(status, "HTTP " + status);
  }
}
