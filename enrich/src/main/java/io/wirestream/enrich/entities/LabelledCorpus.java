package io.wirestream.enrich.entities;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Reads labelled items in the shared JSON Lines format {@code
 * {"id","headline","body","entities":[{"begin","end","type","text"}]}} (plain or .gz), and decides
 * which items are held out for evaluation.
 */
public final class LabelledCorpus {

  /** One labelled mention; offsets index the body. */
  public record GoldMention(int begin, int end, String type, String text) {}

  /** One labelled item. */
  public record Item(String id, String headline, String body, List<GoldMention> mentions) {}

  /**
   * One item in {@link #HELD_OUT_MODULUS} is held out; chosen by a stable hash of its document key.
   */
  public static final int HELD_OUT_MODULUS = 10;

  private static final ObjectMapper JSON = new ObjectMapper();

  private LabelledCorpus() {}

  public static List<Item> read(Path file) {
    List<Item> items = new ArrayList<>();
    try (InputStream raw = Files.newInputStream(file);
        InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int lineNumber = 0;
      while ((line = reader.readLine()) != null) {
        lineNumber++;
        if (!line.isBlank()) {
          items.add(parse(line, file, lineNumber));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read labelled corpus " + file, e);
    }
    return items;
  }

  static Item parse(String line, Path file, int lineNumber) {
    try {
      JsonNode node = JSON.readTree(line);
      List<GoldMention> mentions = new ArrayList<>();
      for (JsonNode e : node.path("entities")) {
        mentions.add(
            new GoldMention(
                e.get("begin").asInt(),
                e.get("end").asInt(),
                e.get("type").asText(),
                e.get("text").asText()));
      }
      return new Item(
          node.path("id").asText("line-" + lineNumber),
          node.path("headline").asText(""),
          node.path("body").asText(""),
          mentions);
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException(
          file + ":" + lineNumber + ": not a labelled item: " + e.getMessage(), e);
    }
  }

  /**
   * True when the item belongs to the evaluation split. Sentences of one document share a key
   * ({@code wikigold-001-003} -> {@code wikigold-001}) so no document is split across train and
   * test.
   */
  public static boolean isHeldOut(String id) {
    return Math.floorMod(documentKey(id).hashCode() * 0x9E3779B1, HELD_OUT_MODULUS) == 0;
  }

  /** The items of the training corpora that are not held out, in file order. */
  static List<Item> trainingItems(Path dataDir) {
    List<Item> items = new ArrayList<>();
    for (String corpus : EntityModelTrainer.CORPORA) {
      for (Item item : read(dataDir.resolve(corpus))) {
        if (!isHeldOut(item.id())) {
          items.add(item);
        }
      }
    }
    return items;
  }

  static String documentKey(String id) {
    String[] parts = id.split("-");
    return parts.length >= 3 ? id.substring(0, id.lastIndexOf('-')) : id;
  }
}
