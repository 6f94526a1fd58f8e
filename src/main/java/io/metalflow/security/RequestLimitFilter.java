package io.metalflow.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, before the engine sees them, request bodies larger than {@code
 * metalflow.rest.max-body-size} (413) and JSON bodies that {@link VariablePayloadCheck} refuses
 * (400), each with an engine-shaped JSON error {@code {"type": ..., "message": ...}}. A JSON body
 * is read into memory (at most the limit) and served again to the engine; other bodies (forms,
 * multipart) pass untouched, checked by their declared length only.
 */
final class RequestLimitFilter extends OncePerRequestFilter {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final long maxBodySize;
  private final VariablePayloadCheck check;

  RequestLimitFilter(RestLimitsProperties limits) {
    this.maxBodySize = limits.maxBodySize().toBytes();
    this.check = new VariablePayloadCheck(limits.maxTextLength());
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (request.getContentLengthLong() > maxBodySize) {
      tooLarge(response);
      return;
    }
    if (!hasBody(request) || !isJson(request)) {
      chain.doFilter(request, response);
      return;
    }
    byte[] body = read(request);
    if (body == null) {
      tooLarge(response);
      return;
    }
    Optional<String> problem = check.problem(body);
    if (problem.isPresent()) {
      refuse(response, 400, "InvalidRequestException", problem.get());
      return;
    }
    chain.doFilter(new BufferedBody(request, body), response);
  }

  private static boolean hasBody(HttpServletRequest request) {
    return request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
  }

  private static boolean isJson(HttpServletRequest request) {
    String type = request.getContentType();
    return type != null && type.toLowerCase(java.util.Locale.ROOT).contains("json");
  }

  /** The whole body, or null when it is longer than the limit. */
  private byte[] read(HttpServletRequest request) throws IOException {
    InputStream in = request.getInputStream();
    byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBodySize + 1));
    return body.length > maxBodySize ? null : body;
  }

  private void tooLarge(HttpServletResponse response) throws IOException {
    response.setHeader("Connection", "close");
    refuse(
        response,
        413,
        "RequestTooLargeException",
        "request body larger than "
            + maxBodySize
            + " bytes (metalflow.rest.max-body-size); large data does not belong in process"
            + " variables");
  }

  private static void refuse(HttpServletResponse response, int status, String type, String text)
      throws IOException {
    response.setStatus(status);
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    response
        .getWriter()
        .write(JSON.createObjectNode().put("type", type).put("message", text).toString());
  }

  /** The request with its body read into memory, served again to whoever reads it next. */
  private static final class BufferedBody extends HttpServletRequestWrapper {

    private final byte[] body;

    BufferedBody(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
          return in.read(b, off, len);
        }

        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException("the body is already read");
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      String encoding = getCharacterEncoding();
      Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
      return new BufferedReader(new InputStreamReader(getInputStream(), charset));
    }
  }
}
