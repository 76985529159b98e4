package tulpar.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import tulpar.servicekit.HttpApi;
import tulpar.servicekit.Json;

/** An alert service on the shared broker behind a real HTTP API on a free port, as the launcher runs it. */
final class RunningAlerts implements AutoCloseable {

  private final AlertsService service;
  private final HttpApi api;
  private final HttpClient http = HttpClient.newHttpClient();

  private RunningAlerts(AlertsService service, HttpApi api) {
    this.service = service;
    this.api = api;
  }

  static RunningAlerts start(AlertsConfig config) {
    return start(config, Clock.systemUTC());
  }

  static RunningAlerts start(AlertsConfig config, Clock clock) {
    return start(config, clock, null);
  }

  /** As the launcher runs it, counting into {@code registry}. */
  static RunningAlerts start(AlertsConfig config, MeterRegistry registry) {
    return start(config, Clock.systemUTC(), registry);
  }

  private static RunningAlerts start(AlertsConfig config, Clock clock, MeterRegistry registry) {
    AlertsService service = new AlertsService(config, clock);
    if (registry != null) {
      service.registerMetrics(registry);
    }
    HttpApi api = HttpApi.create(0, Optional.empty());
    service.registerRoutes(api);
    api.watch(service);
    service.start();
    api.start();
    await().atMost(Duration.ofSeconds(30)).until(() -> service.health().isUp());
    return new RunningAlerts(service, api);
  }

  HttpResponse<String> post(String path, String body) {
    return send(request(path).POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  /** A POST as a browser's form or a mail client's one-click unsubscribe sends it. */
  HttpResponse<String> postForm(String path, String body) {
    return send(request(path).setHeader("content-type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  HttpResponse<String> put(String path, String body) {
    return send(request(path).PUT(HttpRequest.BodyPublishers.ofString(body)));
  }

  HttpResponse<String> get(String path) {
    return send(request(path).GET());
  }

  HttpResponse<String> delete(String path) {
    return send(request(path).DELETE());
  }

  /** Creates a subscription through the API and returns the 201 answer. */
  JsonNode subscribe(String body) {
    HttpResponse<String> response = post("/api/v1/subscriptions", body);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return json(response);
  }

  static JsonNode json(HttpResponse<String> response) {
    try {
      return Json.MAPPER.readTree(response.body());
    } catch (JsonProcessingException e) {
      throw new AssertionError("Not JSON: " + response.body(), e);
    }
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + api.port() + path))
        .setHeader("content-type", "application/json");
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new AssertionError("HTTP request failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("Interrupted", e);
    }
  }

  @Override
  public void close() {
    api.close();
    service.close();
  }
}
