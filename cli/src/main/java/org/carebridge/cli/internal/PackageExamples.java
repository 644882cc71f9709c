package org.carebridge.cli.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.carebridge.profiles.CareBridgePackage;

/**
 * Reads the example instances out of the CareBridge package in the profiles jar ({@code package/examples/}).
 * A minimal tar reader: only regular files directly in that folder with plain names are returned, so nothing
 * in the archive can choose where a file is written.
 */
public final class PackageExamples {
  private static final String FOLDER = "package/examples/";
  private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*\\.json");

  private PackageExamples() {}

  /** File name to content, in archive order. */
  public static Map<String, byte[]> read() throws IOException {
    Map<String, byte[]> out = new LinkedHashMap<>();
    try (InputStream in = new GZIPInputStream(CareBridgePackage.openPackage())) {
      byte[] header = new byte[512];
      String longName = null;
      while (readFully(in, header)) {
        if (isZero(header)) {
          break;
        }
        String name = longName != null ? longName : name(header);
        longName = null;
        long size = Long.parseLong(field(header, 124, 12).trim().isEmpty() ? "0" : field(header, 124, 12).trim(), 8);
        char type = (char) header[156];
        byte[] data = in.readNBytes((int) size);
        in.skipNBytes((512 - size % 512) % 512);
        if (type == 'L') { // GNU long name for the next entry
          longName = new String(data, StandardCharsets.UTF_8).replace("\0", "");
          continue;
        }
        if ((type == '0' || type == 0) && name.startsWith(FOLDER)) {
          String file = name.substring(FOLDER.length());
          if (SAFE_NAME.matcher(file).matches()) {
            out.put(file, data);
          }
        }
      }
    }
    return out;
  }

  private static String name(byte[] h) {
    String name = field(h, 0, 100);
    String magic = field(h, 257, 6);
    if (magic.startsWith("ustar")) {
      String prefix = field(h, 345, 155);
      if (!prefix.isEmpty()) {
        name = prefix + "/" + name;
      }
    }
    return name;
  }

  private static String field(byte[] h, int offset, int length) {
    int end = offset;
    while (end < offset + length && h[end] != 0) {
      end++;
    }
    return new String(h, offset, end - offset, StandardCharsets.UTF_8);
  }

  private static boolean isZero(byte[] h) {
    for (byte b : h) {
      if (b != 0) {
        return false;
      }
    }
    return true;
  }

  private static boolean readFully(InputStream in, byte[] buf) throws IOException {
    int n = in.readNBytes(buf, 0, buf.length);
    return n == buf.length;
  }
}
