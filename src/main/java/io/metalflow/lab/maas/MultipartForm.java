package io.metalflow.lab.maas;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A {@code multipart/form-data} body as python-libmaas and the maas CLI send it: each part has a
 * {@code Content-Disposition: form-data; name="…"} header and may be {@code base64} encoded
 * (python-libmaas always does that) with a charset in its {@code Content-Type}. File parts are read
 * as text too; the simulator takes no uploads.
 */
final class MultipartForm {

  private MultipartForm() {}

  static Params parse(String boundary, byte[] body) {
    // ISO-8859-1 maps bytes 1:1 to chars, so offsets stay byte offsets.
    String text = new String(body, StandardCharsets.ISO_8859_1);
    String delimiter = "--" + boundary;
    Params params = Params.empty();
    int position = text.indexOf(delimiter);
    if (position < 0) {
      throw ApiError.badRequest("Invalid multipart body: boundary not found");
    }
    while (true) {
      int partStart = position + delimiter.length();
      if (text.startsWith("--", partStart)) {
        return params;
      }
      int next = text.indexOf(delimiter, partStart);
      if (next < 0) {
        return params;
      }
      addPart(params, stripLineBreaks(text.substring(partStart, next)));
      position = next;
    }
  }

  private static String stripLineBreaks(String part) {
    int start = part.startsWith("\r\n") ? 2 : part.startsWith("\n") ? 1 : 0;
    int end =
        part.endsWith("\r\n")
            ? part.length() - 2
            : part.endsWith("\n") ? part.length() - 1 : part.length();
    return part.substring(start, Math.max(start, end));
  }

  private static void addPart(Params params, String part) {
    int split = part.indexOf("\r\n\r\n");
    int skip = 4;
    if (split < 0) {
      split = part.indexOf("\n\n");
      skip = 2;
    }
    if (split < 0) {
      return;
    }
    Map<String, String> headers = headers(part.substring(0, split));
    String name = HeaderParams.parse(headers.get("content-disposition")).get("name");
    if (name == null) {
      return;
    }
    byte[] raw = part.substring(split + skip).getBytes(StandardCharsets.ISO_8859_1);
    params.add(name, decode(raw, headers));
  }

  private static Map<String, String> headers(String block) {
    Map<String, String> headers = new LinkedHashMap<>();
    String unfolded = block.replaceAll("\r?\n[ \t]+", " ");
    for (String line : unfolded.split("\r?\n")) {
      int colon = line.indexOf(':');
      if (colon > 0) {
        headers.put(
            line.substring(0, colon).strip().toLowerCase(Locale.ROOT),
            line.substring(colon + 1).strip());
      }
    }
    return headers;
  }

  private static String decode(byte[] raw, Map<String, String> headers) {
    String encoding =
        headers.getOrDefault("content-transfer-encoding", "").toLowerCase(Locale.ROOT);
    byte[] bytes = raw;
    if (encoding.equals("base64")) {
      String compact = new String(raw, StandardCharsets.US_ASCII).replaceAll("\\s", "");
      try {
        bytes = Base64.getDecoder().decode(compact);
      } catch (IllegalArgumentException e) {
        throw ApiError.badRequest("Invalid base64 in multipart part");
      }
    }
    return new String(bytes, charset(headers.get("content-type")));
  }

  private static Charset charset(String contentType) {
    String name = HeaderParams.parse(contentType).get("charset");
    try {
      return name == null ? StandardCharsets.UTF_8 : Charset.forName(name);
    } catch (IllegalArgumentException e) {
      return StandardCharsets.UTF_8;
    }
  }
}
