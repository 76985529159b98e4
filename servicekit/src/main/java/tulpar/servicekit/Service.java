package tulpar.servicekit;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * The whole contract of a Tulpar service: the launcher and the tests treat every service alike. {@link #start()}
 * returns once the service is running in its own threads; {@link #close()} stops it and waits for it.
 */
public interface Service extends AutoCloseable {

  /** A short name for logs and the health report, e.g. "ingest". */
  String name();

  /**
   * Hands the service the process's meter registry, for its meters (see the Metrics table of the README); called
   * once, before {@link #start()}. A service not handed one counts into {@link ProcessMetrics#none()}.
   */
  default void registerMetrics(MeterRegistry registry) {}

  /** Adds this service's HTTP routes, if it has any; called before the server starts. */
  default void registerRoutes(HttpApi api) {}

  void start();

  Health health();

  @Override
  void close();
}
