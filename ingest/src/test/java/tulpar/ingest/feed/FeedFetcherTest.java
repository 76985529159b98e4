package tulpar.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Conditional GETs and every way a feed server can misbehave, against a real HTTP server on loopback. */
class FeedFetcherTest {

  private static final byte[] FEED = FeedFixtures.bytes("rss2.xml", "f");
  private static final Duration SHORT = Duration.ofMillis(600);

  private final FeedServer server = new FeedServer();
  private final FeedFetcher fetcher = new FeedFetcher(new FeedLimits(Duration.ofSeconds(2), SHORT, SHORT, 64 * 1024,
      Duration.ofMinutes(1), Duration.ofHours(1)));

  @AfterEach
  void stop() {
    fetcher.close();
    server.close();
  }

  @Test
  void unchangedFeedIsA304OnceItsValidatorsAreSentBack() throws Exception {
    URI url = server.serve("/rss", (exchange, s) -> {
      if ("\"v1\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
        exchange.sendResponseHeaders(304, -1);
        return;
      }
      exchange.getResponseHeaders().set("ETag", "\"v1\"");
      exchange.getResponseHeaders().set("Last-Modified", "Tue, 03 Feb 2026 09:30:00 GMT");
      FeedServer.body(200, "application/rss+xml", FEED).handle(exchange, s);
    });

    FetchResult.Fetched first = (FetchResult.Fetched) fetcher.fetch(url, FetchResult.Validators.NONE);
    FetchResult second = fetcher.fetch(url, first.validators());

    assertThat(first.body()).isEqualTo(FEED);
    assertThat(first.contentType()).isEqualTo("application/rss+xml");
    assertThat(second).isInstanceOf(FetchResult.NotModified.class);
    HttpExchange conditional = server.requests().get(1);
    assertThat(conditional.getRequestHeaders().getFirst("If-Modified-Since")).isEqualTo("Tue, 03 Feb 2026 09:30:00 GMT");
    assertThat(conditional.getRequestHeaders().getFirst("User-Agent")).startsWith("Tulpar/");
  }

  @Test
  void gzippedFeedIsDecompressed() throws Exception {
    URI url = server.serve("/gz", (exchange, s) -> {
      exchange.getResponseHeaders().set("Content-Encoding", "gzip");
      FeedServer.body(200, "application/rss+xml", gzip(FEED)).handle(exchange, s);
    });

    assertThat(((FetchResult.Fetched) fetcher.fetch(url, FetchResult.Validators.NONE)).body()).isEqualTo(FEED);
  }

  @Test
  void errorStatusesSayWhatTheServerAnswered() {
    URI missing = server.serve("/gone", FeedServer.body(404, "text/html", new byte[0]));
    URI broken = server.serve("/broken", FeedServer.body(500, "text/html", "oops".getBytes(StandardCharsets.UTF_8)));

    assertThatThrownBy(() -> fetcher.fetch(missing, FetchResult.Validators.NONE))
        .isInstanceOf(FeedException.class).hasMessageContaining("HTTP 404").hasMessageContaining("check its address");
    assertThatThrownBy(() -> fetcher.fetch(broken, FetchResult.Validators.NONE))
        .isInstanceOf(FeedException.class).hasMessageContaining("HTTP 500");
  }

  @Test
  void responseOverTheCapIsCutOff() {
    URI url = server.serve("/big", FeedServer.body(200, "application/xml", new byte[200 * 1024]));

    assertThatThrownBy(() -> fetcher.fetch(url, FetchResult.Validators.NONE))
        .isInstanceOf(FeedException.class).hasMessageContaining("larger than the cap of 65,536 bytes");
  }

  @Test
  void gzipBombIsCutOffAtTheCapOfWhatItUnpacksTo() throws Exception {
    byte[] bomb = gzip(new byte[20 * 1024 * 1024]);
    URI url = server.serve("/bomb", (exchange, s) -> {
      exchange.getResponseHeaders().set("Content-Encoding", "gzip");
      FeedServer.body(200, "application/xml", bomb).handle(exchange, s);
    });

    assertThatThrownBy(() -> fetcher.fetch(url, FetchResult.Validators.NONE))
        .isInstanceOf(FeedException.class).hasMessageContaining("larger than the cap");
  }

  @Test
  void feedThatDripsForeverIsCutOffAtTheDeadline() {
    URI url = server.serve("/drip", (exchange, s) -> {
      exchange.sendResponseHeaders(200, 0);
      OutputStream out = exchange.getResponseBody();
      for (int i = 0; i < 1_000 && !s.isClosed(); i++) {
        out.write('<');
        out.flush();
        Thread.sleep(20);
      }
    });
    long start = System.nanoTime();

    assertThatThrownBy(() -> fetcher.fetch(url, FetchResult.Validators.NONE))
        .isInstanceOf(FeedException.class).hasMessageContaining("did not finish within");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
  }

  @Test
  void serverThatFallsSilentAfterItsHeadersIsCutOffAtTheDeadline() {
    URI url = server.serve("/silent", (exchange, s) -> {
      exchange.sendResponseHeaders(200, 0);
      exchange.getResponseBody().flush();
      while (!s.isClosed()) {
        Thread.sleep(20);
      }
    });

    assertThatThrownBy(() -> fetcher.fetch(url, FetchResult.Validators.NONE))
        .isInstanceOf(FeedException.class).hasMessageContaining("did not finish within");
  }

  @Test
  void serverThatNeverAnswersTimesOut() {
    URI url = server.serve("/mute", (exchange, s) -> {
      while (!s.isClosed()) {
        Thread.sleep(20);
      }
    });

    assertThatThrownBy(() -> fetcher.fetch(url, FetchResult.Validators.NONE))
        .isInstanceOf(FeedException.class).hasMessageContaining("did not answer within");
  }

  @Test
  void refusedConnectionIsReported() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }

    assertThatThrownBy(() -> fetcher.fetch(URI.create("http://127.0.0.1:" + port + "/rss"), FetchResult.Validators.NONE))
        .isInstanceOf(FeedException.class).hasMessageContaining("cannot connect");
  }

  private static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
      zip.write(bytes);
    }
    return out.toByteArray();
  }
}
