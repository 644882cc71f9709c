package org.carebridge.fhir.internal;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The message id and arguments behind each message the HL7 validator renders while one input is validated
 * on this thread.
 *
 * <p>The validator renders a message with {@code context.formatMessage(id, args)} and stores the rendered
 * string in its {@code ValidationMessage}; the arguments are not kept. The worker context
 * ({@link CachingWorkerContext}) records them here, keyed by the identity of the rendered string, so that a
 * message can later be rendered again from its id with some arguments replaced (an instance value withheld)
 * or compared by its arguments (the same finding from two profiles). Recording is on only between
 * {@link #start()} and {@link #stop()} on the validating thread.
 */
final class MessageArguments {

  /** One rendered message: its id, the plural count (or null) and the arguments. */
  record Rendered(String id, Integer plural, List<Object> arguments) {}

  private static final ThreadLocal<Map<String, Rendered>> CURRENT = new ThreadLocal<>();

  /** At most this many renderings are kept per input (a hostile input cannot grow the map without bound). */
  static final int MAX_RECORDED = 100_000;

  private MessageArguments() {}

  /** Starts recording on this thread (a previous recording is dropped). */
  static void start() {
    CURRENT.set(new IdentityHashMap<>());
  }

  /** Stops recording on this thread and returns what was recorded, by rendered string identity. */
  static Map<String, Rendered> stop() {
    Map<String, Rendered> recorded = CURRENT.get();
    CURRENT.remove();
    return recorded == null ? Map.of() : recorded;
  }

  /** Called by the worker context for every rendering. */
  static void record(String rendered, String id, Integer plural, Object[] arguments) {
    Map<String, Rendered> recorded = CURRENT.get();
    if (recorded != null && rendered != null && recorded.size() < MAX_RECORDED) {
      recorded.put(rendered, new Rendered(id, plural, arguments == null ? List.of() : java.util.Arrays.asList(arguments.clone())));
    }
  }
}
