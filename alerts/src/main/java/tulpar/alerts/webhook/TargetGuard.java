package tulpar.alerts.webhook;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * Refuses webhook targets inside the operator's network (SSRF): whoever may create a subscription could
 * otherwise make Tulpar post to the cloud metadata service or to internal admin endpoints. Checked when a
 * subscription is created and again before every request, because what a name resolves to changes.
 */
public final class TargetGuard {

  private final boolean allowPrivateTargets;

  public TargetGuard(boolean allowPrivateTargets) {
    this.allowPrivateTargets = allowPrivateTargets;
  }

  /**
   * Why Tulpar must not send to {@code target}, if it must not.
   *
   * @throws UnknownHostException when the host does not resolve, so the guard cannot tell
   */
  public Optional<String> refusal(URI target) throws UnknownHostException {
    if (allowPrivateTargets) {
      return Optional.empty();
    }
    for (InetAddress address : InetAddress.getAllByName(target.getHost())) {
      if (isPrivate(address)) {
        return Optional.of("resolves to " + address.getHostAddress() + ", a loopback, private, link-local or"
            + " multicast address; webhook targets must be public unless the operator allows private targets"
            + " (--allow-private-targets)");
      }
    }
    return Optional.empty();
  }

  static boolean isPrivate(InetAddress address) {
    byte[] bytes = address.getAddress();
    return address.isLoopbackAddress()
        || address.isAnyLocalAddress()
        || address.isSiteLocalAddress()
        || address.isLinkLocalAddress()
        || address.isMulticastAddress()
        || (bytes.length == 4 && isUnroutableIpv4(bytes))
        || (bytes.length == 16 && (bytes[0] & 0xfe) == 0xfc); // fc00::/7, unique local (AWS IMDS: fd00:ec2::254)
  }

  private static boolean isUnroutableIpv4(byte[] bytes) {
    int first = bytes[0] & 0xff;
    int second = bytes[1] & 0xff;
    // 0.0.0.0/8 reaches the local host on Linux; 100.64.0.0/10 is carrier-grade NAT, where some clouds put their
    // metadata service (Alibaba: 100.100.100.200).
    return first == 0 || (first == 100 && second >= 64 && second < 128);
  }
}
