package org.carebridge.fhir;

import org.carebridge.core.validation.Result;
import org.carebridge.core.validation.Issue;
import org.carebridge.core.validation.Severity;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.carebridge.fhir.testing.TestPackage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The validator never opens a network connection, even for content that names remote canonicals, code
 * systems and references. Guard: every Java HTTP stack (HttpURLConnection, java.net.http, OkHttp, Apache)
 * and plain {@link Socket}s ask the default {@link ProxySelector} before connecting; ours records each
 * request and routes HTTP to a local guard socket, so nothing could leave the machine even if asked.
 */
class NetworkIsolationTest {

  private final List<URI> attempts = new CopyOnWriteArrayList<>();
  private final AtomicInteger guardConnections = new AtomicInteger();
  private ProxySelector previous;
  private ServerSocket guard;
  private Thread acceptor;

  @BeforeEach
  void installGuard() throws IOException {
    guard = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress());
    acceptor = new Thread(() -> {
      while (!guard.isClosed()) {
        try (Socket s = guard.accept()) {
          guardConnections.incrementAndGet();
        } catch (IOException closed) {
          return;
        }
      }
    }, "network-guard");
    acceptor.setDaemon(true);
    acceptor.start();
    previous = ProxySelector.getDefault();
    ProxySelector.setDefault(new ProxySelector() {
      @Override
      public List<Proxy> select(URI uri) {
        attempts.add(uri);
        if ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) {
          return List.of(new Proxy(Proxy.Type.HTTP, new InetSocketAddress(guard.getInetAddress(), guard.getLocalPort())));
        }
        return List.of(Proxy.NO_PROXY);
      }

      @Override
      public void connectFailed(URI uri, SocketAddress sa, IOException ioe) {
        attempts.add(uri);
      }
    });
  }

  @AfterEach
  void removeGuard() throws IOException {
    ProxySelector.setDefault(previous);
    guard.close();
  }

  @Test
  void guard_seesAConnectionAttempt() throws Exception {
    // The guard itself must work, or the real test below proves nothing.
    try {
      new java.net.URL("http://unknown.example.org/fhir/metadata").openConnection().getInputStream().close();
    } catch (IOException expected) {
      // the guard socket closes the connection at once
    }
    assertThat(attempts).extracting(URI::getHost).contains("unknown.example.org");
  }

  @Test
  void buildingAndValidating_neverConnect() {
    CareBridgeValidator validator = CareBridgeValidator.builder().withoutCareBridgePackage()
        .addPackage(new ByteArrayInputStream(TestPackage.tgz())).build();
    String remoteEverything = """
        {"resourceType":"Patient","id":"remote",
         "meta":{"profile":["http://unknown.example.org/fhir/StructureDefinition/remote-profile"]},
         "extension":[{"url":"http://unknown.example.org/fhir/StructureDefinition/remote-extension","valueString":"x"}],
         "maritalStatus":{"coding":[{"system":"http://unknown.example.org/fhir/CodeSystem/remote","code":"x"}]},
         "generalPractitioner":[{"reference":"http://unknown.example.org/fhir/Practitioner/1"}],
         "managingOrganization":{"reference":"https://unknown.example.org/fhir/Organization/2"}}""";
    Result<Void> report = validator.validate(remoteEverything);
    // an unknown claimed profile is not fetched: a warning, as the official engine gives (validator_cli's -profile
    // is what makes it an error)
    assertThat(report.warnings()).extracting(Issue::code).contains("VALIDATION_VAL_PROFILE_UNKNOWN_NOT_POLICY");
    Result<Void> xml = validator.validate("""
        <Patient xmlns="http://hl7.org/fhir" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
          xsi:schemaLocation="http://hl7.org/fhir http://unknown.example.org/fhir/patient.xsd">
          <meta><profile value="http://unknown.example.org/fhir/StructureDefinition/remote-profile"/></meta>
        </Patient>""");
    assertThat(xml.issues()).extracting(Issue::code).contains("VALIDATION_VAL_PROFILE_UNKNOWN_NOT_POLICY");
    assertThat(validator.validate(FhirInput.of(remoteEverything), "http://unknown.example.org/fhir/StructureDefinition/forced").errors())
        .extracting(Issue::code).contains("Validation_VAL_Profile_Unknown");
    assertThat(attempts).isEmpty();
    assertThat(guardConnections.get()).isZero();
  }
}
