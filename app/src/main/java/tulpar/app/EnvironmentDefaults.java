package tulpar.app;

import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Every option reads from the environment as {@code TULPAR_<OPTION>}: {@code --http-port} from
 * {@code TULPAR_HTTP_PORT}. One rule for all options, so none can be forgotten; the command line wins.
 */
final class EnvironmentDefaults implements IDefaultValueProvider {

  private final Map<String, String> environment;

  EnvironmentDefaults(Map<String, String> environment) {
    this.environment = Map.copyOf(environment);
  }

  static String variableFor(OptionSpec option) {
    String name = option.longestName().replaceFirst("^-+", "");
    return "TULPAR_" + name.replace('-', '_').toUpperCase(Locale.ROOT);
  }

  @Override
  public String defaultValue(ArgSpec arg) {
    if (arg instanceof OptionSpec option && !option.usageHelp() && !option.versionHelp()) {
      String value = environment.get(variableFor(option));
      return value == null || value.isBlank() ? null : value;
    }
    return null;
  }
}
