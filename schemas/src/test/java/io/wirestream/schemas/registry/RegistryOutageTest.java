package io.wirestream.schemas.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.stream.Stream;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RegistryOutageTest {

  static Stream<Arguments> errors() {
    return Stream.of(
        Arguments.of(
            "registry unreachable after retries",
            new SchemaRegistryException(
                "did not answer after 3 attempts", new IOException("Connection refused")),
            true),
        Arguments.of(
            "registry 503", new SchemaRegistryException(503, 50301, "store not ready"), true),
        Arguments.of(
            "unreachable registry wrapped by the deserializer",
            new SerializationException(
                "Unknown schema id 7", new SchemaRegistryException("down", null)),
            true),
        Arguments.of(
            "schema id the registry does not know",
            new SerializationException(
                "Unknown schema id 7", new SchemaRegistryException(404, 40403, "not found")),
            false),
        Arguments.of(
            "wrong magic byte", new SerializationException("Unknown magic byte 0x07"), false),
        Arguments.of("enricher bug", new IllegalStateException("boom"), false));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("errors")
  void onlyAnUnreachableRegistryCountsAsAnOutage(String what, Throwable error, boolean outage) {
    assertThat(RegistryOutage.causedBy(error)).isEqualTo(outage);
  }
}
