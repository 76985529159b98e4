package tulpar.servicekit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HttpApiMetricsTest {

  private final HttpClient client = HttpClient.newHttpClient();
  private ProcessMetrics metrics;
  private HttpApi api;

  @BeforeEach
  void start() {
    metrics = ProcessMetrics.create();
    api = HttpApi.create(0, Optional.of("secret"), metrics);
    api.routes().get("/api/v1/ping", ctx -> ctx.result("pong"));
    api.start();
  }

  @AfterEach
  void stop() {
    api.close();
    metrics.close();
  }

  @Test
  void servesTheProcessMetersAsPrometheusTextWithoutAToken() throws Exception {
    metrics.registry().counter("tulpar.test.things", "kind", "odd").increment(3);

    HttpResponse<String> response = get("/metrics");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
        assertThat(type).startsWith("text/plain; version=0.0.4"));
    assertThat(response.body())
        .contains("# TYPE tulpar_test_things_total counter")
        .contains("tulpar_test_things_total{kind=\"odd\"} 3.0")
        .contains("jvm_memory_used_bytes{")
        .contains("jvm_threads_live_threads ")
        .contains("process_uptime_seconds ")
        .contains("system_cpu_count ");
  }

  @Test
  void aCounterMovesBetweenScrapes() throws Exception {
    metrics.registry().counter("tulpar.test.moves").increment();
    assertThat(get("/metrics").body()).contains("tulpar_test_moves_total 1.0");

    metrics.registry().counter("tulpar.test.moves").increment();
    assertThat(get("/metrics").body()).contains("tulpar_test_moves_total 2.0");
  }

  @Test
  void theTokenGuardsTheApiButNotMetricsOrHealth() throws Exception {
    assertThat(get("/api/v1/ping").statusCode()).isEqualTo(401);
    assertThat(get("/metrics").statusCode()).isEqualTo(200);
    // No service is watched, so health is DOWN, but it answers without a token.
    assertThat(get("/health").statusCode()).isEqualTo(503);
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + api.port() + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
