package tulpar.app.chaos;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Tulpar command in an operating-system process of its own, started from this JVM's class path, so that it
 * can be killed for real: {@link #kill()} is SIGKILL, {@link #stop()} SIGTERM. Its output goes to a log file.
 */
final class ServiceProcess {

  private static final Logger LOG = LoggerFactory.getLogger(ServiceProcess.class);

  private final String name;
  private final List<String> arguments;
  private final Path logFile;
  private Process process;
  private int starts;

  ServiceProcess(String name, List<String> arguments, Path logDir) {
    this.name = name;
    this.arguments = List.copyOf(arguments);
    this.logFile = logDir.resolve(name + ".log");
  }

  synchronized void start() {
    List<String> command = new ArrayList<>(List.of(
        Paths.get(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx384m",
        "-cp", System.getProperty("java.class.path"), "tulpar.app.Tulpar"));
    command.addAll(arguments);
    try {
      process = new ProcessBuilder(command).redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile())).start();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start the " + name + " process: " + e.getMessage(), e);
    }
    starts++;
    LOG.debug("Started {} (pid {}, start {}): {}", name, process.pid(), starts, arguments);
  }

  /** SIGKILL: no shutdown hook runs, nothing is flushed or committed. */
  synchronized void kill() throws InterruptedException {
    if (process != null && process.isAlive()) {
      process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
      LOG.debug("Killed {} (pid {})", name, process.pid());
    }
  }

  /** SIGTERM, as Ctrl-C or an orchestrator would: the process closes cleanly. */
  synchronized void stop() throws InterruptedException {
    if (process != null && process.isAlive()) {
      process.destroy();
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        LOG.warn("{} did not stop within 60 s of SIGTERM; killing it", name);
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
      }
    }
  }

}
