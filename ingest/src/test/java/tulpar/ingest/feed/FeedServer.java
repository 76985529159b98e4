package tulpar.ingest.feed;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A feed server on the loopback address for tests: each path answers with a handler the test sets, and every
 * request is kept so a test can look at its headers. Closing it stops handlers that are still dripping.
 */
final class FeedServer implements AutoCloseable {

  /** Answers one request. */
  @FunctionalInterface
  interface Handler {
    void handle(HttpExchange exchange, FeedServer server) throws IOException, InterruptedException;
  }

  private final HttpServer server;
  private final ExecutorService threads = Executors.newCachedThreadPool(task -> {
    Thread thread = new Thread(task, "test-feed-server");
    thread.setDaemon(true);
    return thread;
  });
  private final List<HttpExchange> requests = new CopyOnWriteArrayList<>();
  private volatile boolean closed;

  FeedServer() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.setExecutor(threads);
    server.start();
  }

  /** Serves {@code path} with the handler from now on. */
  URI serve(String path, Handler handler) {
    server.createContext(path, exchange -> {
      requests.add(exchange);
      try (exchange) {
        handler.handle(exchange, this);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  /** Serves fixed bytes with 200, or {@code status} with no body. */
  static Handler body(int status, String contentType, byte[] body) {
    return (exchange, server) -> {
      exchange.getResponseHeaders().set("Content-Type", contentType);
      exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
      exchange.getResponseBody().write(body);
    };
  }

  List<HttpExchange> requests() {
    return List.copyOf(requests);
  }

  boolean isClosed() {
    return closed;
  }

  @Override
  public void close() {
    closed = true;
    server.stop(0);
    threads.shutdownNow();
  }
}
