package io.wirestream.local.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LatenciesTest {

  @ParameterizedTest(name = "p{0} of 1..100 is {1}")
  @CsvSource({"50, 50", "95, 95", "99, 99", "100, 100", "1, 1", "0.5, 1"})
  void percentileIsTheNearestRank(double percentile, long expected) {
    Latencies latencies = new Latencies();
    for (int i = 100; i >= 1; i--) {
      latencies.add(i);
    }
    assertThat(latencies.percentile(percentile)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "p{0} without samples is -1")
  @CsvSource({"50", "99"})
  void percentileWithoutSamplesIsMinusOne(double percentile) {
    assertThat(new Latencies().percentile(percentile)).isEqualTo(-1);
  }
}
