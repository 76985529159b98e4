package tulpar.ingest.feed;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.GZIPInputStream;

/**
 * Fetches a feed with a conditional GET, trusting the server no further than {@link FeedLimits}: connect and
 * response time-outs, a deadline for the whole fetch (enforced by closing the body stream, which unblocks a read
 * that waits on a server sending nothing), and a cap on the bytes read after decompression, so neither a
 * slow drip, an endless body nor a gzip bomb can hold a thread or fill the memory. Redirects are followed,
 * except from https to http.
 */
public final class FeedFetcher implements AutoCloseable {

  static final String USER_AGENT = "Tulpar/0.1 (news monitoring; feed reader)";
  private static final String ACCEPT = "application/rss+xml, application/atom+xml, application/rdf+xml,"
      + " application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1";

  private final FeedLimits limits;
  private final HttpClient client;
  private final ScheduledExecutorService deadlines = Executors.newSingleThreadScheduledExecutor(task -> {
    Thread thread = new Thread(task, "tulpar-feed-deadlines");
    thread.setDaemon(true);
    return thread;
  });

  public FeedFetcher(FeedLimits limits) {
    this.limits = limits;
    this.client = HttpClient.newBuilder()
        .connectTimeout(limits.connectTimeout())
        .followRedirects(HttpClient.Redirect.NORMAL)
        .build();
  }

  FetchResult fetch(URI url, FetchResult.Validators validators) throws FeedException {
    long deadline = System.nanoTime() + limits.totalTimeout().toNanos();
    HttpResponse<InputStream> response = send(request(url, validators));
    int status = response.statusCode();
    if (status == 304) {
      closeQuietly(response.body());
      return new FetchResult.NotModified();
    }
    if (status != 200) {
      closeQuietly(response.body());
      throw new FeedException("the server answered HTTP " + status + hint(status));
    }
    byte[] body = read(response, deadline);
    return new FetchResult.Fetched(body, response.headers().firstValue("Content-Type").orElse(""),
        new FetchResult.Validators(response.headers().firstValue("ETag").orElse(null),
            response.headers().firstValue("Last-Modified").orElse(null)));
  }

  private HttpRequest request(URI url, FetchResult.Validators validators) {
    HttpRequest.Builder request = HttpRequest.newBuilder(url)
        .timeout(limits.responseTimeout())
        .header("User-Agent", USER_AGENT)
        .header("Accept", ACCEPT)
        .header("Accept-Encoding", "gzip")
        .GET();
    if (validators.etag() != null) {
      request.header("If-None-Match", validators.etag());
    }
    if (validators.lastModified() != null) {
      request.header("If-Modified-Since", validators.lastModified());
    }
    return request.build();
  }

  private HttpResponse<InputStream> send(HttpRequest request) throws FeedException {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofInputStream());
    } catch (HttpConnectTimeoutException e) {
      throw new FeedException("no connection within " + limits.connectTimeout() + ": is the host up and reachable?");
    } catch (HttpTimeoutException e) {
      throw new FeedException("the server did not answer within " + limits.responseTimeout());
    } catch (ConnectException e) {
      throw new FeedException("cannot connect (" + describe(e) + "): is the address right and the server up?");
    } catch (IOException e) {
      throw new FeedException("the request failed (" + describe(e) + ")");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new FeedException("interrupted while fetching");
    }
  }

  private byte[] read(HttpResponse<InputStream> response, long deadline) throws FeedException {
    InputStream raw = response.body();
    AtomicBoolean timedOut = new AtomicBoolean();
    ScheduledFuture<?> watchdog = deadlines.schedule(() -> {
      timedOut.set(true);
      closeQuietly(raw);
    }, Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (InputStream in = isGzip(response) ? new GZIPInputStream(raw) : raw) {
      byte[] buffer = new byte[16 * 1024];
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        if (out.size() + (long) n > limits.maxBytes()) {
          throw new FeedException(String.format(Locale.ROOT, "the response is larger than the cap of %,d bytes;"
              + " reading stopped there. Is this really a feed?", limits.maxBytes()));
        }
        out.write(buffer, 0, n);
      }
      return out.toByteArray();
    } catch (IOException e) {
      if (timedOut.get()) {
        throw new FeedException(String.format(Locale.ROOT, "the response did not finish within %s (%,d bytes"
            + " came); reading stopped. The server is too slow or never ends its answer.", limits.totalTimeout(),
            out.size()));
      }
      throw new FeedException("reading the response failed (" + describe(e) + ")");
    } finally {
      watchdog.cancel(false);
    }
  }

  private static boolean isGzip(HttpResponse<?> response) {
    return response.headers().firstValue("Content-Encoding")
        .map(encoding -> encoding.strip().equalsIgnoreCase("gzip"))
        .orElse(false);
  }

  private static String hint(int status) {
    if (status == 404 || status == 410) {
      return ": the feed is not there (any more); check its address";
    }
    if (status == 401 || status == 403) {
      return ": the server refuses to serve it to Tulpar";
    }
    if (status == 429 || status >= 500) {
      return ": trouble on the server's side";
    }
    return "";
  }

  private static String describe(Exception e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  private static void closeQuietly(InputStream in) {
    try {
      in.close();
    } catch (IOException e) {
      // Closing is how a fetch is abandoned; a failure to close changes nothing for the caller.
    }
  }

  @Override
  public void close() {
    deadlines.shutdownNow();
  }
}
