package org.carebridge.service.internal;

/** Text from a request made safe for one log line or one message: printable, no spaces, at most 120 characters. */
final class Log {
  private Log() {}

  static String safe(String s) {
    if (s == null) {
      return "-";
    }
    StringBuilder b = new StringBuilder(Math.min(s.length(), 120));
    for (int i = 0; i < s.length() && b.length() < 120; i++) {
      char c = s.charAt(i);
      b.append(c <= ' ' || c == 0x7f || Character.isISOControl(c) || c == '"' ? '_' : c);
    }
    if (s.length() > 120) {
      b.append("...");
    }
    return b.toString();
  }
}
