package io.wirestream.ingest.format;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides a document's charset and decodes it. Order of evidence: byte order mark, the transport's
 * declared charset, the XML declaration, an HTML meta charset, else UTF-8. Invalid bytes never fail
 * the document: they become U+FFFD and the result says so, so the item can be flagged.
 */
public final class TextDecoder {

  private static final int PROLOG_SCAN_BYTES = 4096;
  private static final Pattern XML_ENCODING =
      Pattern.compile("^\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");
  private static final Pattern HTML_META_CHARSET =
      Pattern.compile(
          "<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);

  private TextDecoder() {}

  public static DecodedText decode(InputDocument document) {
    byte[] bytes = document.bytes();
    Charset bomCharset = bomCharset(bytes);
    if (bomCharset != null) {
      int skip = bomCharset.equals(StandardCharsets.UTF_8) ? 3 : 2;
      return decode(bytes, skip, bomCharset);
    }
    Charset charset = charsetNamed(document.declaredCharset());
    if (charset == null) {
      charset = prologCharset(bytes);
    }
    return decode(bytes, 0, charset == null ? StandardCharsets.UTF_8 : charset);
  }

  private static Charset bomCharset(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      return StandardCharsets.UTF_8;
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      return StandardCharsets.UTF_16BE;
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      return StandardCharsets.UTF_16LE;
    }
    return null;
  }

  /** The charset named in an XML declaration or HTML meta tag near the start, read as ASCII. */
  private static Charset prologCharset(byte[] bytes) {
    String prolog =
        new String(
            bytes, 0, Math.min(bytes.length, PROLOG_SCAN_BYTES), StandardCharsets.ISO_8859_1);
    Matcher xml = XML_ENCODING.matcher(prolog);
    if (xml.find()) {
      return charsetNamed(xml.group(1));
    }
    Matcher meta = HTML_META_CHARSET.matcher(prolog);
    return meta.find() ? charsetNamed(meta.group(1)) : null;
  }

  private static Charset charsetNamed(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    try {
      Charset charset = Charset.forName(name.trim());
      // Browsers read a declared Latin-1 as windows-1252; so do we, it is a superset.
      if (charset.equals(StandardCharsets.ISO_8859_1)
          || charset.equals(StandardCharsets.US_ASCII)) {
        return Charset.isSupported("windows-1252") ? Charset.forName("windows-1252") : charset;
      }
      return charset;
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }

  private static DecodedText decode(byte[] bytes, int offset, Charset charset) {
    try {
      String text = strictDecoder(charset).decode(slice(bytes, offset)).toString();
      return new DecodedText(text, charset, false);
    } catch (CharacterCodingException e) {
      CharsetDecoder lenient =
          charset
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPLACE)
              .onUnmappableCharacter(CodingErrorAction.REPLACE)
              .replaceWith("\uFFFD");
      try {
        return new DecodedText(lenient.decode(slice(bytes, offset)).toString(), charset, true);
      } catch (CharacterCodingException impossible) {
        // A replacing decoder reports nothing.
        throw new IllegalStateException(impossible);
      }
    }
  }

  private static ByteBuffer slice(byte[] bytes, int offset) {
    return ByteBuffer.wrap(bytes, offset, bytes.length - offset);
  }

  private static CharsetDecoder strictDecoder(Charset charset) {
    return charset
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  /** Lower-case name used in attributes, e.g. "utf-8". */
  public static String label(Charset charset) {
    return charset.name().toLowerCase(Locale.ROOT);
  }
}
