package io.wirestream.ingest.format;

import java.nio.charset.Charset;

/**
 * A document's bytes turned into text.
 *
 * @param text the content, without a byte order mark
 * @param charset the charset used to decode it
 * @param invalidBytesReplaced whether undecodable bytes were replaced by U+FFFD
 */
public record DecodedText(String text, Charset charset, boolean invalidBytesReplaced) {}
