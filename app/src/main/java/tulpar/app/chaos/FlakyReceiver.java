package tulpar.app.chaos;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import tulpar.servicekit.Json;

/**
 * A webhook receiver on loopback whose behaviour the harness switches: answer 200, fail with 503, or answer
 * 200 only after a delay. It keeps every request it answered 200 to (what the subscriber got), with its
 * {@code webhook-id}.
 */
final class FlakyReceiver implements AutoCloseable {

  enum Mode { OK, FAILING, SLOW }

  /** A request answered 200: its webhook-id and its body's event. */
  record Receipt(String webhookId, JsonNode event) {}

  static final long SLOW_MILLIS = 700;

  private final HttpServer server;
  private final List<Receipt> receipts = new CopyOnWriteArrayList<>();
  private volatile Mode mode = Mode.OK;
  private volatile int refused;

  private FlakyReceiver(HttpServer server) {
    this.server = server;
  }

  static FlakyReceiver start() {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      FlakyReceiver receiver = new FlakyReceiver(server);
      server.createContext("/", exchange -> {
        try (exchange) {
          byte[] body = exchange.getRequestBody().readAllBytes();
          Mode now = receiver.mode;
          if (now == Mode.FAILING) {
            receiver.refused++;
            exchange.sendResponseHeaders(503, -1);
            return;
          }
          if (now == Mode.SLOW) {
            sleep(SLOW_MILLIS);
          }
          JsonNode json = Json.MAPPER.readTree(body);
          receiver.receipts.add(new Receipt(exchange.getRequestHeaders().getFirst("webhook-id"), json.path("event")));
          exchange.sendResponseHeaders(200, -1);
        }
      });
      server.setExecutor(Executors.newFixedThreadPool(8));
      server.start();
      return receiver;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
  }

  void mode(Mode mode) {
    this.mode = mode;
  }

  List<Receipt> receipts() {
    return List.copyOf(receipts);
  }

  int refused() {
    return refused;
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
