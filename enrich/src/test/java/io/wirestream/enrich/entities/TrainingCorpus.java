package io.wirestream.enrich.entities;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/**
 * A small labelled training corpus for the tests of the counted word lists: sentences written as
 * the GMB file of the shared data, each under an id outside the held-out split, beside an empty
 * WikiGold file.
 */
final class TrainingCorpus {

  private final StringBuilder lines = new StringBuilder();
  private int next;

  /** Adds a sentence with one labelled mention, or none when {@code type} is null. */
  TrainingCorpus add(String body, String type, String mention) {
    String id;
    do {
      id = "gmb-" + ++next;
    } while (LabelledCorpus.isHeldOut(id));
    int begin = type == null ? -1 : body.indexOf(mention);
    String entities =
        type == null
            ? ""
            : String.format(
                "{\"begin\":%d,\"end\":%d,\"type\":\"%s\",\"text\":\"%s\"}",
                begin, begin + mention.length(), type, mention);
    lines.append(
        String.format(
            "{\"id\":\"%s\",\"headline\":\"\",\"body\":\"%s\",\"entities\":[%s]}%n",
            id, body, entities));
    return this;
  }

  /** Writes the corpus files into {@code dir}. */
  void writeTo(Path dir) throws IOException {
    try (OutputStream out =
        new GZIPOutputStream(Files.newOutputStream(dir.resolve("gmb_ner.jsonl.gz")))) {
      out.write(lines.toString().getBytes(StandardCharsets.UTF_8));
    }
    Files.writeString(dir.resolve("wikigold_ner.jsonl"), "");
  }
}
