package tulpar.alerts.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TargetGuardTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "127.0.0.1", "127.8.9.10", "::1",                     // loopback
      "10.0.0.1", "172.16.0.1", "172.31.255.254", "192.168.1.1", // private
      "169.254.169.254", "fe80::1",                          // link-local (cloud metadata)
      "fc00::1", "fd00:ec2::254",                            // unique local
      "224.0.0.1", "ff02::1",                                // multicast
      "0.0.0.0", "::", "0.1.2.3",                            // any-local, "this network"
      "100.100.100.200",                                     // carrier-grade NAT (a metadata service)
      "::ffff:10.0.0.1"                                      // IPv4-mapped private
  })
  void refusesPrivateAddresses(String address) throws Exception {
    assertThat(TargetGuard.isPrivate(InetAddress.getByName(address))).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"203.0.113.10", "8.8.8.8", "172.32.0.1", "100.128.0.1", "2606:4700::1111"})
  void allowsPublicAddresses(String address) throws Exception {
    assertThat(TargetGuard.isPrivate(InetAddress.getByName(address))).isFalse();
  }

  @Test
  void explainsTheRefusalWithTheResolvedAddress() throws Exception {
    assertThat(new TargetGuard(false).refusal(URI.create("http://169.254.169.254/latest/meta-data/")))
        .hasValueSatisfying(reason -> assertThat(reason).startsWith("resolves to 169.254.169.254"));
  }

  @Test
  void allowsPrivateTargetsWhenTheOperatorSaysSo() throws Exception {
    assertThat(new TargetGuard(true).refusal(URI.create("http://10.0.0.1/hook"))).isEmpty();
  }
}
