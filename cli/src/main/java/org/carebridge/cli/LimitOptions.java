package org.carebridge.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
      if (maxDepth != null) {
        b.maxDepth(maxDepth);
      }
      if (maxArrayItems != null) {
        b.maxArrayItems(maxArrayItems);
      }
      if (maxElements != null) {
        b.maxElements(maxElements);
      }
      if (maxRepeats != null) {
        b.maxRepeats(maxRepeats);
      }
      if (maxStringLength != null) {
        b.maxStringLength(maxStringLength);
      }
      if (maxIssues != null) {
        b.maxIssues(maxIssues);
      }
      if (maxMessageLength != null) {
        b.maxMessageLength(maxMessageLength);
      }
      if (deadlineSeconds > 0) {
        b.deadline(Duration.ofSeconds(deadlineSeconds));
      }
    } catch (IllegalArgumentException e) {
      String message = e.getMessage();
      for (String[] name : new String[][] {{"maxDepth", "--max-depth"}, {"maxArrayItems", "--max-array-items"},
          {"maxElements", "--max-elements"}, {"maxRepeats", "--max-repeats"}, {"maxStringLength", "--max-string-length"},
          {"maxIssues", "--max-issues"}, {"maxMessageLength", "--max-message-length"}}) {
        if (message.startsWith(name[0] + " ")) {
          message = name[1] + message.substring(name[0].length());
        }
      }
      throw new UserError(message);
    }
  }

  /** What sets these options apart, for the cache of validators: equal keys, equal validators. */
  List<Object> key() {
    List<Object> key = new ArrayList<>();
    key.add(maxDepth);
    key.add(maxArrayItems);
    key.add(maxElements);
    key.add(maxRepeats);
    key.add(maxStringLength);
    key.add(maxIssues);
    key.add(maxMessageLength);
    key.add(deadlineSeconds);
    return key;
  }
}
