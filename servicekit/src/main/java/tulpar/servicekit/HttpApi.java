package tulpar.servicekit;

import io.javalin.Javalin;
import io.javalin.http.HttpStatus;
import io.javalin.http.UnauthorizedResponse;
import io.javalin.json.JavalinJackson;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP server of one Tulpar process. Services add their routes before {@link #start()}; the server adds
 * {@code GET /health} over every registered service and {@code GET /metrics} (the process's meters as Prometheus
 * text) and, when an API token is set, requires {@code Authorization: Bearer <token>} on {@code /api/v1/*}. Health
 * and metrics are left open, like the rest of what is outside {@code /api/v1}: load balancers and scrapers call them
 * without a token, and neither tells anything about subscribers or articles.
 */
public final class HttpApi implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(HttpApi.class);
  public static final long MAX_REQUEST_BYTES = 16L * 1024 * 1024;

  private final Javalin javalin;
  private final int requestedPort;
  private final String host;
  private final List<Service> services = new CopyOnWriteArrayList<>();
  private final ProcessMetrics metrics;
  private final boolean ownsMetrics;

  private HttpApi(String host, int port, Optional<String> apiToken, ProcessMetrics metrics, boolean ownsMetrics) {
    this.host = host;
    this.requestedPort = port;
    this.metrics = metrics;
    this.ownsMetrics = ownsMetrics;
    this.javalin = Javalin.create(config -> {
      config.showJavalinBanner = false;
      config.startupWatcherEnabled = false;
      config.jsonMapper(new JavalinJackson(Json.MAPPER, false));
      config.http.maxRequestSize = MAX_REQUEST_BYTES;
    });
    apiToken.filter(t -> !t.isBlank()).ifPresent(this::requireToken);
    javalin.get("/health", ctx -> {
      Map<String, Object> report = healthReport();
      ctx.status("UP".equals(report.get("status")) ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE).json(report);
    });
    javalin.get("/metrics", ctx -> ctx.contentType(ProcessMetrics.CONTENT_TYPE).result(metrics.scrape()));
    javalin.exception(IllegalArgumentException.class, (e, ctx) ->
        ctx.status(HttpStatus.BAD_REQUEST).json(Map.of("error", e.getMessage())));
    javalin.exception(Exception.class, (e, ctx) -> {
      log.warn("{} {} failed", ctx.method(), ctx.path(), e);
      ctx.status(HttpStatus.INTERNAL_SERVER_ERROR).json(Map.of("error", "internal error; see the server log"));
    });
  }

  /** A server on all interfaces, serving the process's meters; port 0 picks a free port. */
  public static HttpApi create(int port, Optional<String> apiToken, ProcessMetrics metrics) {
    return new HttpApi("0.0.0.0", port, apiToken, metrics, false);
  }

  /** A server on all interfaces with a registry of its own, closed with it; port 0 picks a free port. */
  public static HttpApi create(int port, Optional<String> apiToken) {
    return new HttpApi("0.0.0.0", port, apiToken, ProcessMetrics.create(), true);
  }

  /** Add routes here before {@link #start()}. */
  public Javalin routes() {
    return javalin;
  }

  /** Includes the service in {@code GET /health}. */
  public void watch(Service service) {
    services.add(service);
  }

  public HttpApi start() {
    javalin.start(host, requestedPort);
    log.info("HTTP API listening on port {}", port());
    return this;
  }

  public int port() {
    return javalin.port();
  }

  Map<String, Object> healthReport() {
    Map<String, Object> components = new LinkedHashMap<>();
    boolean allUp = !services.isEmpty();
    for (Service service : services) {
      Health health = service.health();
      allUp &= health.isUp();
      components.put(service.name(), health.detail().isEmpty()
          ? Map.of("status", health.status().name())
          : Map.of("status", health.status().name(), "detail", health.detail()));
    }
    Map<String, Object> report = new LinkedHashMap<>();
    report.put("status", allUp ? "UP" : "DOWN");
    report.put("components", components);
    return report;
  }

  private void requireToken(String token) {
    byte[] expected = ("Bearer " + token).getBytes(StandardCharsets.UTF_8);
    javalin.before("/api/v1/*", ctx -> {
      String header = ctx.header("Authorization");
      byte[] given = header == null ? new byte[0] : header.getBytes(StandardCharsets.UTF_8);
      if (!MessageDigest.isEqual(expected, given)) {
        ctx.header("WWW-Authenticate", "Bearer");
        throw new UnauthorizedResponse("Missing or wrong API token: send 'Authorization: Bearer <TULPAR_API_TOKEN>'");
      }
    });
  }

  @Override
  public void close() {
    javalin.stop();
    if (ownsMetrics) {
      metrics.close();
    }
  }
}
