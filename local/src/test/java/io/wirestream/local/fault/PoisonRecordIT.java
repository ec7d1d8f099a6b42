package io.wirestream.local.fault;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.avro.DeadLetter;
import io.wirestream.avro.RawArticle;
import io.wirestream.avro.Stage;
import io.wirestream.local.LocalStack;
import io.wirestream.local.bench.ArticleGenerator;
import io.wirestream.schemas.Topics;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Poison records among good ones on news.raw (a wrong magic byte, an unknown schema id, truncated
 * Avro): each becomes a DeadLetter naming its topic, partition and offset, and every good record
 * around them is enriched exactly once.
 */
class PoisonRecordIT {

  static final int GOOD = FaultScale.articles(600);

  @TempDir static Path dataDir;
  static LocalStack stack;

  @BeforeAll
  static void start() {
    stack = LocalStack.start(LocalStack.Settings.freePorts(dataDir));
  }

  @AfterAll
  static void stop() {
    if (stack != null) {
      stack.close();
    }
  }

  /** The kinds of poison, each made from the bytes of a good record. */
  enum Poison {
    WRONG_MAGIC_BYTE {
      byte[] spoil(byte[] good) {
        byte[] bad = good.clone();
        bad[0] = 0x7;
        return bad;
      }
    },
    UNKNOWN_SCHEMA_ID {
      byte[] spoil(byte[] good) {
        byte[] bad = good.clone();
        ByteBuffer.wrap(bad, 1, 4).putInt(987_654);
        return bad;
      }
    },
    TRUNCATED_AVRO {
      byte[] spoil(byte[] good) {
        return Arrays.copyOf(good, good.length * 3 / 5);
      }
    };

    abstract byte[] spoil(byte[] good);
  }

  @Test
  void eachPoisonRecordIsADeadLetterWithItsPositionAndTheGoodOnesAreAllEnriched() throws Exception {
    Topics topics = stack.topics();
    Map<String, Object> client = stack.config().kafkaClient();
    ArticleGenerator generator = new ArticleGenerator(7L);
    Serializer<RawArticle> serializer = topics.raw.valueSerde().serializer();
    Set<String> goodIds = new HashSet<>();
    Map<String, Future<RecordMetadata>> poison = new HashMap<>();
    try (KafkaProducer<String, byte[]> producer =
        new KafkaProducer<>(client, new StringSerializer(), new ByteArraySerializer())) {
      for (int i = 0; i < GOOD; i++) {
        RawArticle article = generator.raw(i, Instant.parse("2024-05-01T00:00:00Z"));
        byte[] good = serializer.serialize(topics.raw.name(), article);
        producer.send(new ProducerRecord<>(topics.raw.name(), article.getId(), good));
        goodIds.add(article.getId());
        if (i % 20 == 10) {
          Poison kind = Poison.values()[(i / 20) % Poison.values().length];
          String key = "poison-" + kind + "-" + i;
          poison.put(
              key, producer.send(new ProducerRecord<>(topics.raw.name(), key, kind.spoil(good))));
        }
      }
      producer.flush();
    }
    Map<String, String> expectedPositions = new HashMap<>();
    for (var entry : poison.entrySet()) {
      RecordMetadata metadata = entry.getValue().get();
      expectedPositions.put(
          entry.getKey(), metadata.topic() + "-" + metadata.partition() + "@" + metadata.offset());
    }

    try (TopicCensus enriched =
        new TopicCensus(client, topics.enriched.name())
            .awaitKeys(GOOD, FaultScale.patience(GOOD))) {
      assertThat(enriched.keys()).isEqualTo(goodIds);
      assertThat(enriched.duplicates()).isEmpty();
    }
    List<DeadLetter> dead =
        DeadLetterReader.read(client, topics, poison.size(), Duration.ofSeconds(60));
    Map<String, String> positions = new HashMap<>();
    for (DeadLetter letter : dead) {
      assertThat(letter.getStage()).isEqualTo(Stage.ENRICH);
      assertThat(letter.getErrorMessage()).isNotBlank();
      String key = new String(letter.getKey().array(), java.nio.charset.StandardCharsets.UTF_8);
      positions.put(
          key,
          letter.getOrigin().getTopic()
              + "-"
              + letter.getOrigin().getPartition()
              + "@"
              + letter.getOrigin().getOffset());
    }
    assertThat(positions).isEqualTo(expectedPositions);
    assertThat(dead).hasSize(poison.size());
    assertThat(dead)
        .extracting(d -> d.getErrorMessage())
        .anySatisfy(m -> assertThat(m).contains("magic byte 0x07"))
        .anySatisfy(m -> assertThat(m).contains("987654"))
        .anySatisfy(m -> assertThat(m).contains("truncated"));
  }
}
