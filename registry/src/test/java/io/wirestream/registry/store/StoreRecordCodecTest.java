package io.wirestream.registry.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirestream.registry.CompatibilityLevel;
import io.wirestream.registry.SchemaReference;
import io.wirestream.registry.SchemaVersion;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class StoreRecordCodecTest {

  private static final SchemaVersion USER =
      new SchemaVersion("users-value", 2, 7, null, "{\"type\":\"string\"}", List.of(), false);

  static Stream<Arguments> changesWithTheirConfluentRecords() {
    return Stream.of(
        Arguments.of(
            new StoreChange.PutSchema(USER),
            "{\"keytype\":\"SCHEMA\",\"subject\":\"users-value\",\"version\":2,\"magic\":1}",
            "{\"subject\":\"users-value\",\"version\":2,\"id\":7,"
                + "\"schema\":\"{\\\"type\\\":\\\"string\\\"}\",\"deleted\":false}"),
        Arguments.of(
            new StoreChange.RemoveVersion("users-value", 2),
            "{\"keytype\":\"SCHEMA\",\"subject\":\"users-value\",\"version\":2,\"magic\":1}",
            null),
        Arguments.of(
            new StoreChange.PutConfig(null, CompatibilityLevel.FULL),
            "{\"keytype\":\"CONFIG\",\"magic\":0}",
            "{\"compatibilityLevel\":\"FULL\"}"),
        Arguments.of(
            new StoreChange.PutConfig("users-value", CompatibilityLevel.NONE),
            "{\"keytype\":\"CONFIG\",\"subject\":\"users-value\",\"magic\":0}",
            "{\"compatibilityLevel\":\"NONE\"}"),
        Arguments.of(
            new StoreChange.RemoveConfig("users-value"),
            "{\"keytype\":\"CONFIG\",\"subject\":\"users-value\",\"magic\":0}",
            null),
        Arguments.of(
            new StoreChange.DeleteSubject("users-value", 3),
            "{\"keytype\":\"DELETE_SUBJECT\",\"subject\":\"users-value\",\"magic\":0}",
            "{\"subject\":\"users-value\",\"version\":3}"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("changesWithTheirConfluentRecords")
  void changesUseConfluentsRecordLayoutAndRoundTrip(StoreChange change, String key, String value) {
    StoreRecordCodec.Encoded encoded = StoreRecordCodec.encode(change);

    assertThat(text(encoded.key())).isEqualTo(key);
    assertThat(encoded.value() == null ? null : text(encoded.value())).isEqualTo(value);
    assertThat(StoreRecordCodec.decode(encoded.key(), encoded.value())).isEqualTo(change);
  }

  @Test
  void referencesAndSoftDeletionSurviveTheRoundTrip() {
    SchemaVersion version =
        new SchemaVersion(
            "orders-value",
            1,
            3,
            null,
            "\"long\"",
            List.of(new SchemaReference("io.x.Address", "address-value", 1)),
            true);
    StoreRecordCodec.Encoded encoded = StoreRecordCodec.encode(new StoreChange.PutSchema(version));

    assertThat(StoreRecordCodec.decode(encoded.key(), encoded.value()))
        .isEqualTo(new StoreChange.PutSchema(version));
  }

  @ParameterizedTest(name = "{0} changes nothing")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      {"keytype":"NOOP","magic":0}                          |
      {"keytype":"MODE","subject":"s","magic":0}            | {"mode":"READONLY"}
      {"keytype":"CONFIG","magic":0}                        | {"normalize":true}
      {"keytype":"DELETE_SUBJECT","subject":"s","magic":0}  |
      """)
  void recordsThisRegistryDoesNotUseAreSkipped(String key, String value) {
    assertThat(StoreRecordCodec.decode(bytes(key), value == null ? null : bytes(value))).isNull();
  }

  @Test
  void confluentWrittenSchemaRecordWithExtraFieldsIsRead() {
    String value =
        "{\"subject\":\"s\",\"version\":1,\"id\":1,\"schemaType\":\"AVRO\","
            + "\"schema\":\"\\\"int\\\"\",\"deleted\":false,\"metadata\":null,\"ruleSet\":null}";

    StoreChange change =
        StoreRecordCodec.decode(
            bytes("{\"keytype\":\"SCHEMA\",\"subject\":\"s\",\"version\":1,\"magic\":1}"),
            bytes(value));

    assertThat(change)
        .isEqualTo(
            new StoreChange.PutSchema(
                new SchemaVersion("s", 1, 1, "AVRO", "\"int\"", List.of(), false)));
  }

  @ParameterizedTest(name = "{0} is refused")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      not json
      [1,2]
      {"keytype":"SCHEMA","version":1,"magic":1}
      """)
  void malformedKeysAreRefused(String key) {
    assertThatThrownBy(() -> StoreRecordCodec.decode(bytes(key), null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
