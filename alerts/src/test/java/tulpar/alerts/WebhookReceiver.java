package tulpar.alerts;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A real HTTP server on 127.0.0.1 that records every webhook request and when it came. Each path answers with
 * the status codes it was given, in order, then 200; a held path keeps requests waiting until released.
 */
final class WebhookReceiver implements AutoCloseable {

  record Request(String path, Map<String, String> headers, String body, Instant receivedAt) {
    String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }
  }

  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final List<Request> requests = new CopyOnWriteArrayList<>();
  private final Map<String, Deque<Integer>> scripts = new ConcurrentHashMap<>();
  private final Map<String, CountDownLatch> holds = new ConcurrentHashMap<>();
  private final Map<String, String> retryAfter = new ConcurrentHashMap<>();

  WebhookReceiver() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // Handlers run concurrently, as a real receiver's would: a held request must not block the others.
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
  }

  String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  void respond(String path, Integer... statusCodes) {
    scripts.put(path, new ArrayDeque<>(List.of(statusCodes)));
  }

  /** Answers that are not 2xx on {@code path} carry {@code Retry-After: value}. */
  void retryAfter(String path, String value) {
    retryAfter.put(path, value);
  }

  /** Requests to {@code path} wait (without an answer) until {@link #release(String)}. */
  void hold(String path) {
    holds.put(path, new CountDownLatch(1));
  }

  void release(String path) {
    holds.get(path).countDown();
  }

  List<Request> requestsTo(String path) {
    return requests.stream().filter(r -> r.path().equals(path)).toList();
  }

  private void handle(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    Map<String, String> headers = new ConcurrentHashMap<>();
    exchange.getRequestHeaders().forEach((name, values) ->
        headers.put(name.toLowerCase(Locale.ROOT), String.join(",", values)));
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    requests.add(new Request(path, headers, body, Instant.now()));
    CountDownLatch hold = holds.get(path);
    if (hold != null) {
      awaitQuietly(hold);
    }
    Deque<Integer> script = scripts.get(path);
    Integer scripted = script == null ? null : script.pollFirst();
    int status = scripted == null ? 200 : scripted;
    if (status >= 300 && retryAfter.containsKey(path)) {
      exchange.getResponseHeaders().add("Retry-After", retryAfter.get(path));
    }
    exchange.sendResponseHeaders(status, -1);
    exchange.close();
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await(60, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    holds.values().forEach(CountDownLatch::countDown);
    server.stop(0);
    executor.shutdownNow();
  }
}
