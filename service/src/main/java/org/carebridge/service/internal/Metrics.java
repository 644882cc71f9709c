package org.carebridge.service.internal;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.concurrent.atomic.LongAdder;

/**
 * Prometheus text metrics (exposition format 0.0.4): requests by operation and status, their latency as a
 * histogram by operation, validation verdicts, requests refused for want of a worker, and the workers busy and
 * waiting. Labels take a fixed set of values (the operations, the statuses, the verdicts), never anything from a
 * request.
 */
final class Metrics {
  private static final double[] BUCKETS = {0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60};

  private final Map<String, LongAdder> requests = new ConcurrentHashMap<>();
  private final Map<String, Histogram> latency = new ConcurrentHashMap<>();
  private final Map<String, LongAdder> verdicts = new ConcurrentHashMap<>();

  private static final class Histogram {
    final LongAdder[] counts = new LongAdder[BUCKETS.length];
    final LongAdder count = new LongAdder();
    final DoubleAdder sum = new DoubleAdder();

    Histogram() {
      for (int i = 0; i < counts.length; i++) {
        counts[i] = new LongAdder();
      }
    }
  }

  void request(String operation, int status, long nanos) {
    requests.computeIfAbsent("operation=\"" + operation + "\",status=\"" + status + "\"", k -> new LongAdder())
        .increment();
    Histogram h = latency.computeIfAbsent(operation, k -> new Histogram());
    double seconds = nanos / 1e9;
    for (int i = 0; i < BUCKETS.length; i++) {
      if (seconds <= BUCKETS[i]) {
        h.counts[i].increment();
      }
    }
    h.count.increment();
    h.sum.add(seconds);
  }

  /** @param verdict valid, invalid, unparseable or refused */
  void verdict(String verdict) {
    verdicts.computeIfAbsent(verdict, k -> new LongAdder()).increment();
  }

  String text(Workers workers, State state) {
    StringBuilder b = new StringBuilder(4096);
    b.append("# HELP carebridge_http_requests_total Requests answered, by operation and HTTP status.\n")
        .append("# TYPE carebridge_http_requests_total counter\n");
    new TreeMap<>(requests).forEach((labels, n) -> b.append("carebridge_http_requests_total{").append(labels)
        .append("} ").append(n.sum()).append('\n'));
    b.append("# HELP carebridge_http_request_duration_seconds Time from the request's arrival to its answer.\n")
        .append("# TYPE carebridge_http_request_duration_seconds histogram\n");
    new TreeMap<>(latency).forEach((op, h) -> {
      for (int i = 0; i < BUCKETS.length; i++) {
        b.append("carebridge_http_request_duration_seconds_bucket{operation=\"").append(op).append("\",le=\"")
            .append(number(BUCKETS[i])).append("\"} ").append(h.counts[i].sum()).append('\n');
      }
      b.append("carebridge_http_request_duration_seconds_bucket{operation=\"").append(op).append("\",le=\"+Inf\"} ")
          .append(h.count.sum()).append('\n');
      b.append("carebridge_http_request_duration_seconds_sum{operation=\"").append(op).append("\"} ")
          .append(number(h.sum.sum())).append('\n');
      b.append("carebridge_http_request_duration_seconds_count{operation=\"").append(op).append("\"} ")
          .append(h.count.sum()).append('\n');
    });
    b.append("# HELP carebridge_validation_verdicts_total Inputs validated, by verdict (valid, invalid, unparseable).\n")
        .append("# TYPE carebridge_validation_verdicts_total counter\n");
    new TreeMap<>(verdicts).forEach((v, n) -> b.append("carebridge_validation_verdicts_total{verdict=\"").append(v)
        .append("\"} ").append(n.sum()).append('\n'));
    b.append("# HELP carebridge_workers_busy Workers validating or converting now.\n")
        .append("# TYPE carebridge_workers_busy gauge\n")
        .append("carebridge_workers_busy ").append(workers.active()).append('\n')
        .append("# HELP carebridge_workers_queued Requests waiting for a worker.\n")
        .append("# TYPE carebridge_workers_queued gauge\n")
        .append("carebridge_workers_queued ").append(workers.queued()).append('\n')
        .append("# HELP carebridge_ready 1 when the service is ready to serve.\n")
        .append("# TYPE carebridge_ready gauge\n")
        .append("carebridge_ready ").append(state.ready() ? 1 : 0).append('\n');
    return b.toString();
  }

  private static String number(double d) {
    return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.format(Locale.ROOT, "%.1f", d)
        : String.format(Locale.ROOT, "%s", d);
  }
}
