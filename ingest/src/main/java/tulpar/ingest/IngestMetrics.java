package tulpar.ingest;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import tulpar.schemas.RejectReason;
import tulpar.servicekit.ProcessMetrics;

/**
 * Ingest's meters: {@value #INGESTED} (inputs the broker acknowledged as articles, by source) and {@value #REJECTED}
 * (inputs that did not become articles, by source and reason code). Every series is registered at once with 0, so
 * a rate is defined before the first article arrives. Counts nothing until {@link #bindTo} gives it a registry.
 */
public final class IngestMetrics {

  public static final String INGESTED = "tulpar.articles.ingested";
  public static final String REJECTED = "tulpar.articles.rejected";

  /** Where an input came from; the meters' {@code source} tag is the lower-case name. */
  public enum Source {
    FILE, FEED, HTTP;

    String tag() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private record Meters(Map<Source, Counter> ingested, Map<Source, Map<RejectReason, Counter>> rejected) {}

  private volatile Meters meters = meters(ProcessMetrics.none());

  /** Counts into {@code registry} from now on. */
  public void bindTo(MeterRegistry registry) {
    meters = meters(registry);
  }

  /** Counts what a source got acknowledged: an article, or a rejection with its reason. */
  public void published(Source source, ParseResult result) {
    if (result instanceof Rejection rejection) {
      rejected(source, rejection.reason());
    } else {
      ingested(source);
    }
  }

  public void ingested(Source source) {
    meters.ingested().get(source).increment();
  }

  public void rejected(Source source, RejectReason reason) {
    meters.rejected().get(source).get(reason).increment();
  }

  private static Meters meters(MeterRegistry registry) {
    Map<Source, Counter> ingested = new EnumMap<>(Source.class);
    Map<Source, Map<RejectReason, Counter>> rejected = new EnumMap<>(Source.class);
    for (Source source : Source.values()) {
      ingested.put(source, Counter.builder(INGESTED)
          .description("Inputs published to tulpar.articles.raw as articles, once the broker acknowledged them")
          .tag("source", source.tag())
          .register(registry));
      Map<RejectReason, Counter> byReason = new EnumMap<>(RejectReason.class);
      for (RejectReason reason : RejectReason.values()) {
        byReason.put(reason, Counter.builder(REJECTED)
            .description("Inputs that did not become articles: files and feed entries published to"
                + " tulpar.articles.rejected, HTTP requests answered 400 or 413")
            .tag("source", source.tag())
            .tag("reason", reason.name())
            .register(registry));
      }
      rejected.put(source, byReason);
    }
    return new Meters(ingested, rejected);
  }
}
