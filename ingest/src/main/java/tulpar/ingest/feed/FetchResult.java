package tulpar.ingest.feed;

import java.util.Objects;

/** What one conditional GET of a feed brought: nothing new (304), or the feed's bytes. */
sealed interface FetchResult permits FetchResult.NotModified, FetchResult.Fetched {

  record NotModified() implements FetchResult {}

  /** The body, its declared content type ("" when none), and the validators for the next request. */
  record Fetched(byte[] body, String contentType, Validators validators) implements FetchResult {
    public Fetched {
      Objects.requireNonNull(body, "body");
      Objects.requireNonNull(contentType, "contentType");
      Objects.requireNonNull(validators, "validators");
    }
  }

  /**
   * What the server said identifies this version of the feed ({@code ETag}, {@code Last-Modified}), sent back as
   * {@code If-None-Match} and {@code If-Modified-Since} so an unchanged feed costs a 304 and no body.
   */
  record Validators(String etag, String lastModified) {
    static final Validators NONE = new Validators(null, null);
  }
}
