package io.wirestream.publish;

import java.math.BigDecimal;

/**
 * Writes metrics in the Prometheus text exposition format (version 0.0.4): a {@code # HELP} and
 * {@code # TYPE} line per metric family, then its samples. Label values are escaped as the format
 * asks (backslash, double quote, new line).
 */
final class PrometheusText {

  private final StringBuilder out = new StringBuilder(4096);

  /** Starts a metric family of {@code type} (counter, gauge, histogram). */
  PrometheusText family(String name, String type, String help) {
    out.append("# HELP ").append(name).append(' ').append(help).append('\n');
    out.append("# TYPE ").append(name).append(' ').append(type).append('\n');
    return this;
  }

  /** A sample without labels. */
  PrometheusText sample(String name, String value) {
    out.append(name).append(' ').append(value).append('\n');
    return this;
  }

  /** A sample with labels given as name, value, name, value, ... */
  PrometheusText sample(String name, Object... labelsThenValue) {
    out.append(name).append('{');
    for (int i = 0; i + 1 < labelsThenValue.length; i += 2) {
      if (i > 0) {
        out.append(',');
      }
      out.append(labelsThenValue[i]).append("=\"");
      escape(String.valueOf(labelsThenValue[i + 1]));
      out.append('"');
    }
    out.append("} ").append(labelsThenValue[labelsThenValue.length - 1]).append('\n');
    return this;
  }

  private void escape(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '"' -> out.append("\\\"");
        case '\n' -> out.append("\\n");
        default -> out.append(c);
      }
    }
  }

  /** A number as Prometheus reads it, without exponent or trailing zeros: 0.025, 1, 300. */
  static String number(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
