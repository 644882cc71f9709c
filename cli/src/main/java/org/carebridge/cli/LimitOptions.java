package org.carebridge.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;
import org.carebridge.cli.internal.UserError;
import org.carebridge.fhir.CareBridgeValidator;
import picocli.CommandLine.Option;

/**
 * The validator's input limits and deadline, as options of {@code validate} and {@code convert} (a picocli mixin).
 * Each limit is left to the library's default unless given; the deadline is on by default here (the library's is
 * off), so that one input never holds a run for long.
 */
final class LimitOptions {

  /** Default of {@code --deadline}, in seconds. */
  static final int DEFAULT_DEADLINE_SECONDS = 60;

  @Option(names = "--max-depth", paramLabel = "N", description = "Deepest nesting of JSON objects and arrays or XML"
      + " elements in one input (default: " + CareBridgeValidator.DEFAULT_MAX_DEPTH + "; 8 to 1000).")
  Integer maxDepth;

  @Option(names = "--max-array-items", paramLabel = "N", description = "Most items in one JSON array, or of one XML"
      + " element in its parent (default: " + CareBridgeValidator.DEFAULT_MAX_ARRAY_ITEMS + ").")
  Integer maxArrayItems;

  @Option(names = "--max-elements", paramLabel = "N", description = "Most JSON values or XML elements in one input"
      + " (default: " + CareBridgeValidator.DEFAULT_MAX_ELEMENTS + ").")
  Integer maxElements;

  @Option(names = "--max-repeats", paramLabel = "N", description = "Most copies of one extension (the same url) in one"
      + " element (default: " + CareBridgeValidator.DEFAULT_MAX_REPEATS + ").")
  Integer maxRepeats;

  @Option(names = "--max-string-length", paramLabel = "N", description = "Longest string, in characters (default: "
      + CareBridgeValidator.DEFAULT_MAX_STRING_LENGTH + ", FHIR's 1 MB).")
  Integer maxStringLength;

  @Option(names = "--max-issues", paramLabel = "N", description = "Most issues reported per input; beyond it the most"
      + " severe are kept and one issue says how many were dropped (default: " + CareBridgeValidator.DEFAULT_MAX_ISSUES
      + ").")
  Integer maxIssues;

  @Option(names = "--max-message-length", paramLabel = "N", description = "Longest issue message, in characters"
      + " (default: " + CareBridgeValidator.DEFAULT_MAX_MESSAGE_LENGTH + ").")
  Integer maxMessageLength;

  @Option(names = "--deadline", paramLabel = "SECONDS", description = "Stop validating one input after this many"
      + " seconds, with a FATAL CB-ENGINE-002 issue (default: " + DEFAULT_DEADLINE_SECONDS + "; 0 turns it off).")
  int deadlineSeconds = DEFAULT_DEADLINE_SECONDS;

  /**
   * Applies the options to a builder.
   *
   * @throws UserError naming the option when a value is refused
   */
  void applyTo(CareBridgeValidator.Builder b) {
    if (deadlineSeconds < 0) {
      throw new UserError("--deadline must be 0 (off) or a number of seconds, got " + deadlineSeconds);
    }
    try {
      set(maxDepth, b::maxDepth);
      set(maxArrayItems, b::maxArrayItems);
      set(maxElements, b::maxElements);
      set(maxRepeats, b::maxRepeats);
      set(maxStringLength, b::maxStringLength);
      set(maxIssues, b::maxIssues);
      set(maxMessageLength, b::maxMessageLength);
      if (deadlineSeconds > 0) {
        b.deadline(Duration.ofSeconds(deadlineSeconds));
      }
    } catch (IllegalArgumentException e) {
      // the builder names its method ("maxRepeats must be positive, got 0"): say the option instead
      String message = e.getMessage();
      int space = message.indexOf(' ');
      throw new UserError("--" + message.substring(0, space).replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT)
          + message.substring(space));
    }
  }

  private static void set(Integer value, IntConsumer setter) {
    if (value != null) {
      setter.accept(value);
    }
  }

  /** What sets these options apart, for the cache of validators: equal keys, equal validators. */
  List<Object> key() {
    return new ArrayList<>(Arrays.asList(maxDepth, maxArrayItems, maxElements, maxRepeats, maxStringLength, maxIssues,
        maxMessageLength, deadlineSeconds));
  }
}
