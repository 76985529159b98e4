package tulpar.app;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tulpar.servicekit.HttpApi;
import tulpar.servicekit.ProcessMetrics;
import tulpar.servicekit.Service;

/**
 * Runs services in one process behind one HTTP server and one meter registry: meters and routes first, then the
 * server, then the services; stopped in the opposite order. Every launcher command uses it, so all of them behave
 * alike.
 */
final class ServiceHost implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(ServiceHost.class);

  private final ProcessMetrics metrics;
  private final HttpApi api;
  private final List<Service> started = new ArrayList<>();

  private ServiceHost(ProcessMetrics metrics, HttpApi api) {
    this.metrics = metrics;
    this.api = api;
  }

  static ServiceHost start(int httpPort, Optional<String> apiToken, List<Service> services) {
    ProcessMetrics metrics = ProcessMetrics.create();
    ServiceHost host = new ServiceHost(metrics, HttpApi.create(httpPort, apiToken, metrics));
    try {
      for (Service service : services) {
        service.registerMetrics(metrics.registry());
        service.registerRoutes(host.api);
        host.api.watch(service);
      }
      host.api.start();
      for (Service service : services) {
        host.started.add(service);
        service.start();
      }
    } catch (RuntimeException e) {
      host.close();
      services.stream().filter(s -> !host.started.contains(s)).forEach(Service::close);
      throw e;
    }
    return host;
  }

  int httpPort() {
    return api.port();
  }

  /** Waits until every service reports UP; false (with the laggards logged) if that takes longer than {@code timeout}. */
  boolean awaitHealthy(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (started.stream().allMatch(s -> s.health().isUp())) {
        return true;
      }
      Thread.sleep(100);
    }
    started.stream().filter(s -> !s.health().isUp())
        .forEach(s -> log.warn("{} is not up after {}: {}", s.name(), timeout, s.health().detail()));
    return false;
  }

  @Override
  public void close() {
    api.close();
    for (int i = started.size() - 1; i >= 0; i--) {
      Service service = started.get(i);
      try {
        service.close();
      } catch (RuntimeException e) {
        log.warn("Could not stop {} cleanly: {}", service.name(), e.getMessage(), e);
      }
    }
    started.clear();
    metrics.close();
  }
}
