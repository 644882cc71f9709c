package org.carebridge.examples.differential;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.ServerSocket;
import java.net.SocketAddress;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Keeps the official engine offline and makes any attempt visible: installed as the JVM's default
 * {@link ProxySelector}, it records every connection to a host that is not loopback and sends it to a closed
 * loopback port, where it fails at once instead of reaching the network or hanging. Loopback connections go
 * direct. Installed once per JVM, by the first {@link OfficialEngine}; the sdk-examples tests never need the
 * network, so it stays installed.
 */
final class NetworkGuard extends ProxySelector {

  private static NetworkGuard installed;

  private final List<String> attempts = new CopyOnWriteArrayList<>();
  private final Proxy deadEnd;

  /** A guard that is not installed (for its own test); {@link #install()} installs the JVM's one. */
  NetworkGuard() {
    this.deadEnd = new Proxy(Proxy.Type.HTTP,
        new InetSocketAddress(InetAddress.getLoopbackAddress(), closedLoopbackPort()));
  }

  /** Installs the guard as the JVM's default proxy selector (once). */
  static synchronized void install() {
    if (installed == null) {
      installed = new NetworkGuard();
      ProxySelector.setDefault(installed);
    }
  }

  /** Every non-loopback URI the installed guard saw a connection attempted to, in order (empty if not installed). */
  static synchronized List<String> installedAttempts() {
    return installed == null ? List.of() : installed.attempts();
  }

  /** Every non-loopback URI this guard saw a connection attempted to, in order. */
  List<String> attempts() {
    return List.copyOf(attempts);
  }

  @Override
  public List<Proxy> select(URI uri) {
    String host = uri.getHost();
    if (host != null && isLoopback(host)) {
      return List.of(Proxy.NO_PROXY);
    }
    attempts.add(String.valueOf(uri));
    return List.of(deadEnd);
  }

  @Override
  public void connectFailed(URI uri, SocketAddress address, IOException failure) {
    // expected: nothing listens there
  }

  private static boolean isLoopback(String host) {
    String h = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
    return h.equalsIgnoreCase("localhost") || h.startsWith("127.") || h.equals("::1") || h.equals("0:0:0:0:0:0:0:1");
  }

  /** A loopback port nothing listens on: one the system just handed out and that is closed again. */
  private static int closedLoopbackPort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException("cannot find a free loopback port", e);
    }
  }
}
