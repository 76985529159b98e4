package tulpar.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import tulpar.schemas.TrustedClasses;

/** {@code java -jar tulpar.jar <command>}: the one entry point of Tulpar. */
@Command(name = "tulpar",
    mixinStandardHelpOptions = true,
    versionProvider = TulparVersion.class,
    description = "Watches the news for cooperation among the Turkic states and tells people about it.",
    subcommands = {RunCommand.class, TagCommand.class, ConsumeCommand.class, IngestCommand.class,
        StreamsCommand.class, AlertsCommand.class, BrokerCommand.class, EvalCommand.class, ReplayCommand.class,
        ChaosCommand.class, BenchCommand.class, HelpCommand.class},
    footer = {"", "Every option also reads from the environment as TULPAR_<OPTION>, e.g. TULPAR_BOOTSTRAP_SERVERS.",
        "Exit codes: 0 success, 1 runtime failure, 2 bad usage or bad input."})
public final class Tulpar implements Runnable {

  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "Missing command: try 'tulpar run', or 'tulpar help'.");
  }

  public static void main(String[] args) {
    TrustedClasses.install();
    System.exit(commandLine().execute(args));
  }

  static CommandLine commandLine() {
    return commandLine(System.getenv());
  }

  static CommandLine commandLine(java.util.Map<String, String> environment) {
    return new CommandLine(new Tulpar())
        .setDefaultValueProvider(new EnvironmentDefaults(environment))
        .setExecutionExceptionHandler(new FailureReporter())
        .setCaseInsensitiveEnumValuesAllowed(true);
  }
}
