package org.carebridge.service.internal;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.carebridge.core.validation.IssueCode;

/**
 * The bounded worker pool: a fixed number of threads and a bounded queue. A job that finds both full is refused at
 * once (503 with Retry-After) rather than queued without end; a job that takes longer than the time limit (waiting
 * included) is abandoned (503) and interrupted.
 */
final class Workers {
  private final ThreadPoolExecutor pool;
  private final long timeoutNanos;
  private final Duration timeout;

  Workers(ThreadPoolExecutor pool, Duration timeout) {
    this.pool = pool;
    this.timeout = timeout;
    this.timeoutNanos = timeout.toNanos();
  }

  <T> T run(Callable<T> job) throws Problem {
    Future<T> f;
    try {
      f = pool.submit(job);
    } catch (RejectedExecutionException e) {
      throw new Problem(503, IssueCode.HTTP_BUSY, "The service is busy (every worker and queue place taken);"
          + " retry after 1 second", 1);
    }
    try {
      return f.get(timeoutNanos, TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      f.cancel(true);
      throw new Problem(503, IssueCode.HTTP_TIME_LIMIT, "The request took longer than the time limit of "
          + timeout.toSeconds() + (timeout.toSeconds() == 1 ? " second" : " seconds"));
    } catch (InterruptedException e) {
      f.cancel(true);
      Thread.currentThread().interrupt();
      throw new Problem(503, IssueCode.HTTP_BUSY, "The service is stopping; retry after 1 second", 1);
    } catch (ExecutionException e) {
      // The validator and the converters report bad input as issues; anything thrown is a bug: one line, no trace.
      throw new Problem(500, IssueCode.VALIDATOR_FAILURE, "Internal error: "
          + e.getCause().getClass().getSimpleName());
    }
  }

  int active() {
    return pool.getActiveCount();
  }

  int queued() {
    return pool.getQueue().size();
  }

  void shutdown() {
    pool.shutdown();
    try {
      if (!pool.awaitTermination(2, TimeUnit.SECONDS)) {
        pool.shutdownNow();
      }
    } catch (InterruptedException e) {
      pool.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }
}
