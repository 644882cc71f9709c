package org.carebridge.fhir.internal;

/**
 * A per-input deadline for the HL7 validator, which runs on the caller's thread: {@link Engine} starts it, the
 * validator's policy advisor checks it at every element it validates ({@link #check(String)}), and once it has
 * passed the check throws {@link Exceeded}, which stops the validation where it is. The engine discards the
 * validator it was using (its state is then unknown) and the caller answers with a located issue. Nothing is
 * left running: no thread is started, abandoned or interrupted. What the check cannot stop is a single step of the
 * engine between two elements (the parse of the whole input before the first element, one FHIRPath invariant):
 * the input guard's {@link Limits} keep those bounded.
 */
public final class Deadline {

  /** Per thread: {nanoTime of the deadline}, or null when no deadline runs. */
  private static final ThreadLocal<long[]> AT = new ThreadLocal<>();
  private static final ThreadLocal<Exceeded> TRIPPED = new ThreadLocal<>();

  private Deadline() {}

  /** The deadline was passed; {@link #path()} is the element the validator had reached. */
  public static final class Exceeded extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String path;

    Exceeded(String path) {
      super("deadline passed at " + path, null, false, false);
      this.path = path;
    }

    /**
     * The FHIRPath of the element the validator was about to check.
     *
     * @return the path, never null
     */
    public String path() {
      return path;
    }
  }

  static void start(long nanos) {
    AT.set(new long[] {System.nanoTime() + nanos});
    TRIPPED.remove();
  }

  /** Ends the deadline of this thread; the exception when it was passed, otherwise null. */
  static Exceeded stop() {
    AT.remove();
    Exceeded e = TRIPPED.get();
    TRIPPED.remove();
    return e;
  }

  /** Throws {@link Exceeded} when this thread's deadline has passed (every time, should the engine catch it). */
  static void check(String path) {
    long[] at = AT.get();
    if (at != null && System.nanoTime() - at[0] > 0) {
      Exceeded e = TRIPPED.get();
      if (e == null) {
        e = new Exceeded(path == null ? "" : path);
        TRIPPED.set(e);
      }
      throw e;
    }
  }
}
