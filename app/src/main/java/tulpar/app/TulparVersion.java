package tulpar.app;

import picocli.CommandLine.IVersionProvider;

final class TulparVersion implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = Tulpar.class.getPackage().getImplementationVersion();
    return new String[] {"tulpar " + (version == null ? "development build" : version),
        "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")"};
  }
}
