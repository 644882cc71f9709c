package org.carebridge.service.internal;

import jakarta.servlet.MultipartConfigElement;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.carebridge.fhir.CareBridgeValidator;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The Jetty server behind {@code ValidationService}: one connector, a graceful handler around one servlet
 * ({@link Dispatcher}), and the bounded worker pool ({@link Workers}) that does the validating and converting, apart
 * from Jetty's own threads, which only read bodies and write answers.
 */
public final class WebServer {
  private final Settings settings;
  private final State state = new State();
  private Server server;
  private ServerConnector connector;
  private Workers workers;
  private boolean started;
  private boolean stopped;

  /**
   * A server, not started.
   *
   * @param settings the settings
   */
  public WebServer(Settings settings) {
    this.settings = settings;
  }

  /** Binds, builds the validator, becomes ready. */
  public synchronized void start() {
    if (started) {
      throw new IllegalStateException("the service was started already");
    }
    started = true;
    QueuedThreadPool threads = new QueuedThreadPool(Math.max(32, settings.workers() + settings.queue() + 16), 4);
    threads.setName("carebridge-http");
    threads.setDaemon(false);
    server = new Server(threads);
    HttpConfiguration http = new HttpConfiguration();
    http.setSendServerVersion(false);
    http.setSendDateHeader(true);
    // A client that sends its body a few bytes at a time is cut off rather than holding a thread for long.
    http.setMinRequestDataRate(1024);
    connector = new ServerConnector(server, new HttpConnectionFactory(http));
    connector.setHost(settings.host());
    connector.setPort(settings.port());
    connector.setIdleTimeout(settings.idleTimeout().toMillis());
    server.addConnector(connector);

    AtomicInteger n = new AtomicInteger();
    BlockingQueue<Runnable> queue = settings.queue() == 0 ? new SynchronousQueue<>()
        : new ArrayBlockingQueue<>(settings.queue());
    ThreadPoolExecutor pool = new ThreadPoolExecutor(settings.workers(), settings.workers(), 0, TimeUnit.SECONDS,
        queue, r -> {
          Thread t = new Thread(r, "carebridge-worker-" + n.incrementAndGet());
          t.setDaemon(true);
          return t;
        }, new ThreadPoolExecutor.AbortPolicy());
    workers = new Workers(pool, settings.requestTimeout());

    Metrics metrics = new Metrics();
    Dispatcher dispatcher = new Dispatcher(settings, state, workers, metrics);
    ServletContextHandler context = new ServletContextHandler("/");
    context.setMaxFormContentSize((int) Math.min(Integer.MAX_VALUE, settings.maxBodyBytes()));
    ServletHolder holder = new ServletHolder("carebridge", dispatcher);
    holder.getRegistration().setMultipartConfig(new MultipartConfigElement(System.getProperty("java.io.tmpdir"),
        settings.maxBodyBytes(), settings.maxBodyBytes(), (int) Math.min(Integer.MAX_VALUE, settings.maxBodyBytes())));
    context.addServlet(holder, "/");
    Errors errors = new Errors();
    errors.setShowStacks(false);
    server.setErrorHandler(errors);
    server.setHandler(new GracefulHandler(context));
    server.setStopTimeout(settings.stopTimeout().toMillis());
    server.setStopAtShutdown(false);
    try {
      server.start();
    } catch (IOException e) {
      shutdown();
      throw new UncheckedIOException("cannot listen on " + settings.host() + ":" + settings.port() + ": "
          + e.getMessage(), e);
    } catch (Exception e) {
      shutdown();
      throw new IllegalStateException("cannot start the HTTP server: " + e.getMessage(), e);
    }
    CareBridgeValidator validator;
    try {
      // ready once the engine is prepared too, so that no request waits for it (the fast path answers sooner)
      validator = settings.validator().get().awaitReady();
    } catch (RuntimeException | Error e) {
      shutdown();
      throw e;
    }
    state.ready(validator);
    settings.log().accept("carebridge: ready at " + uri() + " (" + String.join(", ", validator.packages()) + "; "
        + settings.workers() + " workers, queue " + settings.queue() + ")");
  }

  /** @return the port */
  public synchronized int port() {
    if (connector == null) {
      throw new IllegalStateException("not started");
    }
    return connector.getLocalPort();
  }

  /** @return the base address */
  public URI uri() {
    String host = settings.host().contains(":") ? "[" + settings.host() + "]" : settings.host();
    return URI.create("http://" + host + ":" + port() + "/");
  }

  /** @return the packages loaded */
  public List<String> packages() {
    CareBridgeValidator v = state.validator();
    if (v == null) {
      throw new IllegalStateException("not started");
    }
    return v.packages();
  }

  /**
   * Waits until stopped.
   *
   * @throws InterruptedException when interrupted
   */
  public void join() throws InterruptedException {
    Server s;
    synchronized (this) {
      s = server;
    }
    if (s != null) {
      s.join();
    }
  }

  /** Stops gracefully; once. */
  public synchronized void stop() {
    if (!started || stopped) {
      return;
    }
    stopped = true;
    state.stopping();
    long t0 = System.nanoTime();
    shutdown();
    settings.log().accept("carebridge: stopped after " + (System.nanoTime() - t0) / 1_000_000 + " ms");
  }

  private void shutdown() {
    state.stopping();
    try {
      server.stop();
    } catch (Exception e) {
      settings.log().accept("carebridge: stopping: " + e.getClass().getSimpleName());
    }
    if (workers != null) {
      workers.shutdown();
    }
  }
}
