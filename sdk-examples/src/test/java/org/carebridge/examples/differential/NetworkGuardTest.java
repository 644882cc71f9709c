package org.carebridge.examples.differential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.Proxy;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The guard the official engine runs behind: it sees every attempt, and attempts fail at once. */
class NetworkGuardTest {

  @Test
  void recordsAndStopsConnectionsToTheRegistry() throws IOException {
    NetworkGuard guard = new NetworkGuard();
    URI registry = URI.create("https://packages.fhir.org/hl7.fhir.xver-extensions/0.1.0");
    List<Proxy> proxies = guard.select(registry);

    assertThat(guard.attempts()).containsExactly(registry.toString());
    assertThat(proxies).singleElement().satisfies(p -> assertThat(p.type()).isEqualTo(Proxy.Type.HTTP));
    long start = System.nanoTime();
    HttpURLConnection connection = (HttpURLConnection) registry.toURL().openConnection(proxies.get(0));
    connection.setConnectTimeout(5_000);
    assertThatThrownBy(connection::connect).isInstanceOf(IOException.class);
    assertThat((System.nanoTime() - start) / 1_000_000).as("milliseconds to fail").isLessThan(5_000);
  }

  @Test
  void letsLoopbackThrough() {
    NetworkGuard guard = new NetworkGuard();

    assertThat(guard.select(URI.create("http://localhost:8080/fhir"))).containsExactly(Proxy.NO_PROXY);
    assertThat(guard.select(URI.create("http://127.0.0.1/fhir"))).containsExactly(Proxy.NO_PROXY);
    assertThat(guard.attempts()).isEmpty();
  }
}
