package tulpar.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tulpar.broker.SharedKafka;
import tulpar.servicekit.HttpApi;

/**
 * With TULPAR_API_TOKEN set, the routes of the alert service under /api/v1 need it and the unsubscribe link does
 * not. The service is not started: the guard answers 401 before any route runs, and a route that is reached
 * answers 503 (still loading), which is how the test tells the two apart.
 */
class ApiTokenTest {

  private static final String TOKEN = "s3cret-api-token";
  private static AlertsService service;
  private static HttpApi api;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void startApi() {
    service = new AlertsService(AlertsConfig.defaults(SharedKafka.settings()));
    api = HttpApi.create(0, Optional.of(TOKEN));
    service.registerRoutes(api);
    api.start();
  }

  @AfterAll
  static void stopApi() {
    api.close();
    service.close();
  }

  @ParameterizedTest(name = "{0} {1} with {2}: {3}")
  @CsvSource({
      "GET, /api/v1/subscriptions, no token, 401",
      "GET, /api/v1/subscriptions, wrong token, 401",
      "GET, /api/v1/subscriptions, the token, 503",
      "PUT, /api/v1/subscriptions/sub_1, no token, 401",
      "POST, /api/v1/subscriptions/sub_1/test, no token, 401",
      "GET, /api/v1/events, no token, 401",
      "GET, /unsubscribe?token=sub_1.abc, no token, 503",
      "POST, /unsubscribe?token=sub_1.abc, no token, 503",
  })
  void requiresTheApiTokenUnderApiV1Only(String method, String path, String credentials, int status)
      throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + api.port() + path))
        .method(method, HttpRequest.BodyPublishers.ofString("{}"));
    switch (credentials) {
      case "the token" -> request.header("Authorization", "Bearer " + TOKEN);
      case "wrong token" -> request.header("Authorization", "Bearer guess");
      default -> { }
    }

    HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
  }
}
