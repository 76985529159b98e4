package tulpar.broker;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node Kafka broker in KRaft mode (broker and controller in one), running inside this JVM.
 * Its log directory is formatted on first start and reused on the next, so topics, offsets and state survive
 * a restart. Sized for a laptop: few internal partitions and a small log-cleaner buffer.
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedKafkaBroker.class);
  private static final int NODE_ID = 1;
  private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

  private final KafkaRaftServer server;
  private final String bootstrapServers;
  private final Path dataDir;

  private EmbeddedKafkaBroker(KafkaRaftServer server, String bootstrapServers, Path dataDir) {
    this.server = server;
    this.bootstrapServers = bootstrapServers;
    this.dataDir = dataDir;
  }

  /**
   * Starts a broker whose data lives under {@code dataDir/kafka}, listening on {@code port} (0 picks a free
   * port), and returns once it answers clients.
   */
  public static EmbeddedKafkaBroker start(Path dataDir, int port) {
    Path logDir = dataDir.resolve("kafka").toAbsolutePath();
    int brokerPort = port == 0 ? freePort() : port;
    int controllerPort = freePort();
    Properties props = brokerProperties(logDir, brokerPort, controllerPort);
    try {
      Files.createDirectories(logDir);
      formatIfNew(logDir);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot prepare the broker's data directory " + logDir, e);
    }
    KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(props, false), Time.SYSTEM);
    try {
      server.startup();
    } catch (RuntimeException e) {
      throw new IllegalStateException("The embedded Kafka broker did not start (" + e.getMessage() + "). Is another"
          + " Tulpar using " + dataDir + " or port " + brokerPort + "? Pick another --data-dir or --broker-port.", e);
    }
    String bootstrap = "localhost:" + brokerPort;
    EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker(server, bootstrap, dataDir);
    broker.awaitReady();
    log.info("Embedded Kafka broker ready at {} (data in {})", bootstrap, logDir);
    return broker;
  }

  public String bootstrapServers() {
    return bootstrapServers;
  }

  public Path dataDir() {
    return dataDir;
  }

  /** Writes the bootstrap address to {@code file}, so other commands can find this broker. */
  public void publishAddress(Path file) {
    try {
      Files.writeString(file, bootstrapServers + System.lineSeparator(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + file, e);
    }
  }

  @Override
  public void close() {
    server.shutdown();
    server.awaitShutdown();
    log.info("Embedded Kafka broker stopped");
  }

  static Properties brokerProperties(Path logDir, int brokerPort, int controllerPort) {
    Properties p = new Properties();
    p.put("process.roles", "broker,controller");
    p.put("node.id", String.valueOf(NODE_ID));
    p.put("controller.quorum.voters", NODE_ID + "@localhost:" + controllerPort);
    p.put("listeners", "PLAINTEXT://localhost:" + brokerPort + ",CONTROLLER://localhost:" + controllerPort);
    p.put("advertised.listeners", "PLAINTEXT://localhost:" + brokerPort);
    p.put("controller.listener.names", "CONTROLLER");
    p.put("inter.broker.listener.name", "PLAINTEXT");
    p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
    p.put("log.dirs", logDir.toString());
    p.put("num.partitions", "6");
    p.put("auto.create.topics.enable", "false");
    // One node: every internal topic has one replica.
    p.put("offsets.topic.replication.factor", "1");
    p.put("offsets.topic.num.partitions", "6");
    p.put("transaction.state.log.replication.factor", "1");
    p.put("transaction.state.log.min.isr", "1");
    p.put("transaction.state.log.num.partitions", "6");
    p.put("share.coordinator.state.topic.replication.factor", "1");
    p.put("share.coordinator.state.topic.min.isr", "1");
    // Consumers join at once instead of waiting 3 s for others that will never come.
    p.put("group.initial.rebalance.delay.ms", "0");
    // The default costs 128 MiB of heap for compaction buffers a laptop broker does not need.
    p.put("log.cleaner.dedupe.buffer.size", String.valueOf(4 * 1024 * 1024));
    p.put("log.cleaner.io.buffer.size", String.valueOf(256 * 1024));
    // On a restart the controller accepts the broker's new registration only once the old one's session has
    // expired: with the default 9 s session that is 9 s of every restart spent waiting for ourselves.
    p.put("broker.heartbeat.interval.ms", "500");
    p.put("broker.session.timeout.ms", "1500");
    p.put("num.network.threads", "2");
    p.put("num.io.threads", "4");
    p.put("num.recovery.threads.per.data.dir", "1");
    p.put("log.segment.bytes", String.valueOf(64 * 1024 * 1024));
    return p;
  }

  private static void formatIfNew(Path logDir) throws IOException {
    if (Files.exists(logDir.resolve("meta.properties"))) {
      return;
    }
    try (PrintStream quiet = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8)) {
      new Formatter()
          .setPrintStream(quiet)
          .setNodeId(NODE_ID)
          .setClusterId(Uuid.randomUuid().toString())
          .setDirectories(java.util.List.of(logDir.toString()))
          .setMetadataLogDirectory(logDir.toString())
          .setControllerListenerName("CONTROLLER")
          .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
          .run();
    } catch (Exception e) {
      throw new IllegalStateException("Cannot format the broker's storage in " + logDir + ": " + e.getMessage(), e);
    }
  }

  private void awaitReady() {
    Properties props = new Properties();
    props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
    try (Admin admin = Admin.create(props)) {
      while (true) {
        try {
          if (!admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).isEmpty()) {
            return;
          }
        } catch (Exception e) {
          if (System.nanoTime() > deadline) {
            throw new IllegalStateException("The embedded Kafka broker did not become ready within " + READY_TIMEOUT, e);
          }
        }
        sleep(50);
      }
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted", e);
    }
  }

  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("No free port", e);
    }
  }
}
