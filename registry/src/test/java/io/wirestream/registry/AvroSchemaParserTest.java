package io.wirestream.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AvroSchemaParserTest {

  private final AvroSchemaParser parser =
      new AvroSchemaParser(
          (subject, version) ->
              subject.equals("address-value") && (version == 1 || version == -1)
                  ? new SchemaVersion(
                      "address-value", 1, 1, null, Fixtures.schema("address"), List.of(), false)
                  : null);

  @Test
  void whitespaceAndKeyOrderDoNotChangeTheCanonicalText() {
    assertThat(canonical("user-v1-reformatted")).isEqualTo(canonical("user-v1"));
  }

  @Test
  void documentationIsPartOfTheCanonicalText() {
    assertThat(canonical("user-v1-with-doc")).isNotEqualTo(canonical("user-v1"));
  }

  @Test
  void normalisedTextOrdersCustomProperties() {
    String ab = AvroSchemaParser.normalize(canonical("custom-props-ab"));
    String ba = AvroSchemaParser.normalize(canonical("custom-props-ba"));

    assertThat(ab).isEqualTo(ba).contains("\"a.prop\":\"1\",\"b.prop\":\"2\"");
  }

  @Test
  void normalisedTextIsStillAValidSchema() {
    String normalized = AvroSchemaParser.normalize(canonical("user-optional-email"));

    assertThat(parser.parse(normalized, List.of()).canonicalText())
        .isEqualTo(canonical("user-optional-email"));
  }

  @Test
  void referencedTypesResolveAndStayNamesInTheCanonicalText() {
    AvroSchemaParser.Parsed parsed =
        parser.parse(
            Fixtures.schema("user-with-address-ref"),
            List.of(new SchemaReference("io.wirestream.test.Address", "address-value", 1)));

    assertThat(parsed.schema().getField("home").schema().getField("city")).isNotNull();
    assertThat(parsed.canonicalText()).contains("\"type\":\"Address\"").doesNotContain("city");
  }

  @ParameterizedTest(name = "{0} is invalid")
  @CsvSource({"invalid-unknown-type", "invalid-bad-default", "user-with-address-ref"})
  void invalidSchemasAre42201(String fixture) {
    assertThatThrownBy(() -> parser.parse(Fixtures.schema(fixture), List.of()))
        .isInstanceOfSatisfying(
            RegistryException.class, e -> assertThat(e.errorCode()).isEqualTo(42201));
  }

  @Test
  void missingReferenceIs42201() {
    assertThatThrownBy(
            () ->
                parser.parse(
                    Fixtures.schema("user-with-address-ref"),
                    List.of(new SchemaReference("io.wirestream.test.Address", "address-value", 9))))
        .isInstanceOfSatisfying(
            RegistryException.class, e -> assertThat(e.getMessage()).contains("address-value"));
  }

  private String canonical(String fixture) {
    return parser.parse(Fixtures.schema(fixture), List.of()).canonicalText();
  }
}
