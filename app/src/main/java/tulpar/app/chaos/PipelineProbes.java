package tulpar.app.chaos;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.admin.Admin;
import tulpar.schemas.Topics;
import tulpar.servicekit.KafkaSettings;

/** How the harness looks at processes from outside, as an operator would: ports, health, the API, topics. */
final class PipelineProbes {

  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private PipelineProbes() {}

  static void awaitBroker(KafkaSettings kafka) throws InterruptedException {
    await(Duration.ofSeconds(90), () -> {
      try (Admin admin = Admin.create(kafka.admin())) {
        return admin.listTopics().names().get(5, TimeUnit.SECONDS).contains(Topics.EVENTS.name());
      } catch (Exception e) {
        return false;
      }
    }, "the broker and Tulpar's topics");
  }

  static void awaitHealthy(int port, String what) throws InterruptedException {
    HttpRequest health = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/health"))
        .timeout(Duration.ofSeconds(2)).build();
    await(Duration.ofSeconds(120), () -> {
      try {
        return HTTP.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
      } catch (IOException e) {
        return false;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }, what + " to be healthy");
  }

  static void subscribe(int alertsPort, String target) throws IOException, InterruptedException {
    String body = "{\"channel\": \"webhook\", \"target\": \"" + target + "\", \"filter\": "
        + "{\"eventTypes\": [\"MEETING\", \"AGREEMENT\", \"SUMMIT\"]}}";
    HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
            URI.create("http://localhost:" + alertsPort + "/api/v1/subscriptions"))
        .header("content-type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 201) {
      throw new IllegalStateException("The subscription was refused: " + response.statusCode() + " "
          + response.body());
    }
  }

  static void await(Duration timeout, BooleanSupplier condition, String what) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("Gave up after " + timeout.toSeconds() + " s waiting for " + what);
      }
      Thread.sleep(200);
    }
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
