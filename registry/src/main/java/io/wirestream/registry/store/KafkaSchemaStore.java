package io.wirestream.registry.store;

import io.wirestream.registry.RegistryConfig;
import io.wirestream.registry.RegistryException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the registry's state in a compacted single-partition Kafka topic, the way Confluent's
 * registry does: every change is a record, start-up replays the topic from the beginning, and a
 * reader thread keeps tailing it so that several instances sharing the topic converge. A write
 * returns only after this instance has read it back, so a client that registers and then reads sees
 * its own write. Instances do not elect a leader: writes are serialised within an instance, {@link
 * #sync()} catches up before each decision, and when two instances still race for one version or id
 * the earlier record wins and the later writer repairs the log ({@link
 * io.wirestream.registry.SchemaRegistry#register}).
 */
public final class KafkaSchemaStore implements SchemaStore {

  private static final Logger LOG = LoggerFactory.getLogger(KafkaSchemaStore.class);

  private final RegistryConfig config;
  private final TopicPartition partition;
  private final SchemaIndex index = new SchemaIndex();
  private final Object progress = new Object();
  private long nextOffset;
  private RuntimeException readerFailure;
  private volatile boolean running;
  private KafkaProducer<byte[], byte[]> producer;
  private KafkaConsumer<byte[], byte[]> consumer;
  private Thread reader;

  public KafkaSchemaStore(RegistryConfig config) {
    if (config.bootstrapServers().isBlank()) {
      throw new IllegalArgumentException(
          RegistryConfig.KAFKASTORE_BOOTSTRAP_SERVERS_CONFIG
              + " must be set for the Kafka-backed schema store");
    }
    this.config = config;
    this.partition = new TopicPartition(config.topic(), 0);
  }

  @Override
  public synchronized void start() {
    if (running) {
      return;
    }
    Map<String, Object> common = new HashMap<>(config.clientOverrides());
    common.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers());
    new SchemasTopic(config, common).ensureExists();

    Map<String, Object> producerProps = new HashMap<>(common);
    producerProps.put(ProducerConfig.ACKS_CONFIG, "all");
    producerProps.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    producerProps.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
    producerProps.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
    producer = new KafkaProducer<>(producerProps);

    Map<String, Object> consumerProps = new HashMap<>(common);
    // Partition assigned by hand: no group, no committed offsets, always replay from the start.
    consumerProps.remove(ConsumerConfig.GROUP_ID_CONFIG);
    consumerProps.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    consumerProps.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    consumerProps.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    consumer = new KafkaConsumer<>(consumerProps);
    consumer.assign(List.of(partition));
    consumer.seekToBeginning(List.of(partition));
    long end =
        consumer
            .endOffsets(List.of(partition), Duration.ofMillis(config.initTimeoutMs()))
            .get(partition);

    running = true;
    reader = new Thread(this::readLoop, "schema-registry-store-reader-" + config.topic());
    reader.setDaemon(true);
    reader.start();
    awaitRead(end, config.initTimeoutMs());
    LOG.info("Schema store loaded {} records from {}", end, config.topic());
  }

  private void readLoop() {
    try {
      while (running) {
        for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
          apply(record);
        }
        long position = consumer.position(partition);
        synchronized (progress) {
          nextOffset = position;
          progress.notifyAll();
        }
      }
    } catch (WakeupException e) {
      // close() woke the reader up; nothing more to read
    } catch (RuntimeException e) {
      LOG.error("Schema store reader stopped on {}", config.topic(), e);
      synchronized (progress) {
        readerFailure = e;
        progress.notifyAll();
      }
    } finally {
      consumer.close();
    }
  }

  private void apply(ConsumerRecord<byte[], byte[]> record) {
    if (record.key() == null) {
      return;
    }
    try {
      StoreChange change = StoreRecordCodec.decode(record.key(), record.value());
      if (change != null) {
        index.apply(change);
      }
    } catch (IllegalArgumentException e) {
      // One bad record must not stop the registry; say where it is so it can be inspected.
      LOG.warn(
          "Skipping unreadable record at {}-{} offset {}: {}",
          record.topic(),
          record.partition(),
          record.offset(),
          e.getMessage());
    }
  }

  @Override
  public SchemaIndex index() {
    return index;
  }

  @Override
  public void sync() {
    send(StoreRecordCodec.noopKey(), null);
  }

  @Override
  public void write(StoreChange change) {
    StoreRecordCodec.Encoded encoded = StoreRecordCodec.encode(change);
    send(encoded.key(), encoded.value());
  }

  private void send(byte[] key, byte[] value) {
    if (!running) {
      throw RegistryException.storeError("The schema store is not running", null);
    }
    RecordMetadata written;
    try {
      written =
          producer
              .send(new ProducerRecord<>(config.topic(), 0, key, value))
              .get(config.storeTimeoutMs(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      throw RegistryException.storeTimeout(
          "Write to " + config.topic() + " timed out after " + config.storeTimeoutMs() + " ms", e);
    } catch (ExecutionException e) {
      throw RegistryException.storeError(
          "Write to " + config.topic() + " failed: " + e.getCause().getMessage(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw RegistryException.storeError("Interrupted while writing to " + config.topic(), e);
    }
    awaitRead(written.offset() + 1, config.storeTimeoutMs());
  }

  /** Blocks until the reader has applied every record before {@code offset}. */
  private void awaitRead(long offset, long timeoutMs) {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMs);
    synchronized (progress) {
      while (nextOffset < offset) {
        if (readerFailure != null) {
          throw RegistryException.storeError(
              "The schema store reader failed: " + readerFailure.getMessage(), readerFailure);
        }
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          throw RegistryException.storeTimeout(
              "Reading "
                  + config.topic()
                  + " up to offset "
                  + offset
                  + " took longer than "
                  + timeoutMs
                  + " ms (at "
                  + nextOffset
                  + ")",
              null);
        }
        try {
          TimeUnit.NANOSECONDS.timedWait(progress, left);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw RegistryException.storeError("Interrupted while reading " + config.topic(), e);
        }
      }
    }
  }

  @Override
  public synchronized void close() {
    if (running) {
      running = false;
      consumer.wakeup();
      try {
        reader.join(TimeUnit.SECONDS.toMillis(10));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    if (producer != null) {
      producer.close(Duration.ofSeconds(5));
      producer = null;
    }
  }
}
