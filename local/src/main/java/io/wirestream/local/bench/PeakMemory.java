package io.wirestream.local.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The process's peak resident set size, from {@code /proc/self/status} (Linux). */
final class PeakMemory {

  private PeakMemory() {}

  /** VmHWM in MB, or -1 where /proc is not available. */
  static double peakRssMb() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          long kb = Long.parseLong(line.replaceAll("[^0-9]", ""));
          return Math.round(kb / 1024.0 * 10) / 10.0;
        }
      }
    } catch (IOException | NumberFormatException e) {
      // not Linux, or an unexpected format: reported as unknown
    }
    return -1;
  }
}
