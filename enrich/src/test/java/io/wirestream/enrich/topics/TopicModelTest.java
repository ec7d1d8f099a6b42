package io.wirestream.enrich.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class TopicModelTest {

  private static TopicModel twoClassModel() {
    long war = TopicFeatures.hash("war");
    long goal = TopicFeatures.hash("goal");
    long[] keys = war < goal ? new long[] {war, goal} : new long[] {goal, war};
    float[] weights = new float[4];
    for (int row = 0; row < 2; row++) {
      boolean isWar = keys[row] == war;
      weights[row * 2] = isWar ? 2f : -1f;
      weights[row * 2 + 1] = isWar ? -1f : 2f;
    }
    return new TopicModel(
        List.of("medtop:16000000", "medtop:15000000"), keys, weights, new float[] {0f, 0f});
  }

  @Test
  void featuresPushTowardsTheirSubject() {
    TopicModel model = twoClassModel();
    double[] p = model.probabilities(TopicFeatures.of(List.of("war"), List.of()));
    assertThat(p[0]).isGreaterThan(0.9);
    assertThat(p[0] + p[1]).isCloseTo(1.0, within(1e-9));
  }

  @Test
  void unknownFeaturesLeaveThePrior() {
    double[] p = twoClassModel().probabilities(TopicFeatures.of(List.of("weather"), List.of()));
    assertThat(p[0]).isCloseTo(0.5, within(1e-9));
  }

  @Test
  void writtenModelReadsBackWithSameProbabilities() throws IOException {
    TopicModel model = twoClassModel();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    model.write(out);
    TopicModel read = TopicModel.read(new ByteArrayInputStream(out.toByteArray()));
    TopicFeatures.Bag bag = TopicFeatures.of(List.of("war", "goal"), List.of("war"));
    assertThat(read.classes()).isEqualTo(model.classes());
    assertThat(read.probabilities(bag)[0]).isCloseTo(model.probabilities(bag)[0], within(1e-3));
  }
}
