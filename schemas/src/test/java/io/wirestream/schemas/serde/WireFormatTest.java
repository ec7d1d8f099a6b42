package io.wirestream.schemas.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class WireFormatTest {

  @Test
  void headerIsMagicZeroThenBigEndianId() {
    byte[] framed = WireFormat.header(0x01020304, 0).array();
    assertThat(framed).containsExactly(0, 1, 2, 3, 4);
    assertThat(WireFormat.schemaId(framed, "t")).isEqualTo(0x01020304);
  }

  @Test
  void unknownMagicByteIsRejectedNamingTheTopic() {
    assertThatThrownBy(() -> WireFormat.schemaId(new byte[] {7, 0, 0, 0, 1, 2}, "news.raw"))
        .isInstanceOf(SerializationException.class)
        .hasMessageContaining("magic byte 0x07")
        .hasMessageContaining("news.raw");
  }

  @Test
  void valueShorterThanTheHeaderIsRejected() {
    assertThatThrownBy(() -> WireFormat.schemaId(new byte[] {0, 0}, "news.raw"))
        .isInstanceOf(SerializationException.class)
        .hasMessageContaining("too short");
  }
}
