package io.wirestream.enrich.entities;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;
import opennlp.tools.util.featuregen.WordClusterDictionary;
import opennlp.tools.util.featuregen.WordClusterFeatureGenerator;
import opennlp.tools.util.model.ArtifactSerializer;

/**
 * OpenNLP's word-cluster feature ({@code <str name="dict">} names the cluster dictionary, looked up
 * lower-cased), with dictionaries that are written into the model and read from it without closing
 * the model's zip stream: OpenNLP's own dictionary closes it, which breaks writing and reading any
 * model that holds one.
 */
public final class WordClusterFeatureFactory
    extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {

  @Override
  public AdaptiveFeatureGenerator create() throws InvalidFormatException {
    if (resourceManager == null) {
      return null; // asked only for its serializer mapping
    }
    String name = getStr("dict");
    Object dictionary = resourceManager.getResource(name);
    if (!(dictionary instanceof WordClusterDictionary clusters)) {
      throw new InvalidFormatException("No word cluster dictionary named " + name);
    }
    return new WordClusterFeatureGenerator(clusters, name, true);
  }

  @Override
  public Map<String, ArtifactSerializer<?>> getArtifactSerializerMapping()
      throws InvalidFormatException {
    return Map.of(getStr("dict"), new Serializer());
  }

  /**
   * A cluster dictionary that names {@link Serializer} as its own, read without OpenNLP's regular
   * expression and string interning (which cost 0.2 s of a cold start), written back as read.
   */
  static final class Clusters extends WordClusterDictionary {
    private final byte[] lines;
    private final Map<String, String> clusters;

    Clusters(InputStream in) throws IOException {
      super(InputStream.nullInputStream());
      this.lines = in.readAllBytes();
      this.clusters = new HashMap<>(lines.length / 6);
      Map<String, String> ids = new HashMap<>();
      int start = 0;
      int space = -1;
      for (int i = 0; i <= lines.length; i++) {
        byte b = i < lines.length ? lines[i] : (byte) '\n';
        if (b == ' ' && space < 0) {
          space = i;
        } else if (b == '\n' || b == '\r') {
          if (space > start) {
            String id = new String(lines, space + 1, i - space - 1, StandardCharsets.UTF_8);
            clusters.put(
                new String(lines, start, space - start, StandardCharsets.UTF_8),
                ids.computeIfAbsent(id, k -> k));
          }
          start = i + 1;
          space = -1;
        }
      }
    }

    @Override
    public String lookupToken(String string) {
      return clusters.get(string);
    }

    @Override
    public void serialize(OutputStream out) throws IOException {
      out.write(lines);
    }

    @Override
    public Class<?> getArtifactSerializerClass() {
      return Serializer.class;
    }
  }

  /** Reads and writes a cluster dictionary, leaving the model's stream open. */
  public static final class Serializer implements ArtifactSerializer<WordClusterDictionary> {
    @Override
    public WordClusterDictionary create(InputStream in) throws IOException {
      return new Clusters(in);
    }

    @Override
    public void serialize(WordClusterDictionary dictionary, OutputStream out) throws IOException {
      if (!(dictionary instanceof Clusters)) {
        throw new IOException("Word clusters not read by " + Serializer.class.getName());
      }
      dictionary.serialize(out);
    }
  }
}
