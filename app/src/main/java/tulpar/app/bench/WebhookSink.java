package tulpar.app.bench;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The local webhook receiver: an HTTP server on loopback that answers 204 to every POST at once and hands the
 * body, stamped with its time of arrival, to the {@link AlertLog}. The stamp is taken when the request body has
 * been read, before the answer: the moment a real receiver would have the alert.
 */
final class WebhookSink implements AutoCloseable {

  private final HttpServer server;
  private final ExecutorService threads;

  private WebhookSink(HttpServer server, ExecutorService threads) {
    this.server = server;
    this.threads = threads;
  }

  static WebhookSink start(AlertLog log) {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
      ExecutorService threads = Executors.newFixedThreadPool(4, runnable -> {
        Thread thread = new Thread(runnable, "bench-webhook");
        thread.setDaemon(true);
        return thread;
      });
      server.setExecutor(threads);
      server.createContext("/", exchange -> {
        try (InputStream in = exchange.getRequestBody()) {
          byte[] body = in.readAllBytes();
          long now = System.nanoTime();
          exchange.sendResponseHeaders(204, -1);
          exchange.close();
          log.delivered(new String(body, StandardCharsets.UTF_8), now);
        }
      });
      server.start();
      return new WebhookSink(server, threads);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start the bench's webhook receiver: " + e.getMessage(), e);
    }
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
