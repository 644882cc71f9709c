package org.carebridge.profiles.conformance;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Minimal reader for the package .tgz (ustar, with POSIX/PAX and GNU long names), so the structure tests
 * see exactly the archive's entries and nothing a package library would add or re-index.
 */
final class Tgz {

  private Tgz() {}

  /** Regular files of the archive, by path, in archive order. Directories are skipped. */
  static Map<String, byte[]> readFiles(InputStream tgz) throws IOException {
    Map<String, byte[]> files = new LinkedHashMap<>();
    try (InputStream in = new GZIPInputStream(tgz)) {
      byte[] header = new byte[512];
      String longName = null;
      while (readFully(in, header)) {
        if (isZero(header)) {
          break;
        }
        String name = text(header, 0, 100);
        String prefix = text(header, 345, 155);
        if (!prefix.isEmpty()) {
          name = prefix + "/" + name;
        }
        long size = Long.parseLong(text(header, 124, 12).trim().isEmpty() ? "0" : text(header, 124, 12).trim(), 8);
        char type = (char) header[156];
        byte[] data = in.readNBytes((int) size);
        if (data.length != size) {
          throw new IOException("truncated tar entry " + name);
        }
        long padding = (512 - size % 512) % 512;
        in.readNBytes((int) padding);
        switch (type) {
          case 'x' -> longName = paxPath(data);
          case 'L' -> longName = new String(data, StandardCharsets.UTF_8).replace("\0", "");
          case '0', '\0' -> {
            files.put(longName != null ? longName : name, data);
            longName = null;
          }
          default -> longName = null;
        }
      }
    }
    return files;
  }

  private static String paxPath(byte[] data) {
    for (String record : new String(data, StandardCharsets.UTF_8).split("\n")) {
      int space = record.indexOf(' ');
      if (space > 0 && record.startsWith("path=", space + 1)) {
        return record.substring(space + 1 + "path=".length());
      }
    }
    return null;
  }

  private static boolean readFully(InputStream in, byte[] buffer) throws IOException {
    int n = in.readNBytes(buffer, 0, buffer.length);
    if (n == 0) {
      return false;
    }
    if (n != buffer.length) {
      throw new IOException("truncated tar header");
    }
    return true;
  }

  private static boolean isZero(byte[] block) {
    for (byte b : block) {
      if (b != 0) {
        return false;
      }
    }
    return true;
  }

  private static String text(byte[] header, int offset, int length) {
    int end = offset;
    while (end < offset + length && header[end] != 0) {
      end++;
    }
    return new String(header, offset, end - offset, StandardCharsets.UTF_8);
  }

  static byte[] toBytes(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    in.transferTo(out);
    return out.toByteArray();
  }
}
