package io.lianxin.chassis.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.web.filter.OncePerRequestFilter;

/** Refuses request bodies over the configured size with 413 before anything reads them. */
public class RequestSizeLimitFilter extends OncePerRequestFilter {

  private final long maxBytes;

  public RequestSizeLimitFilter(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    long length = request.getContentLengthLong();
    boolean chunked = length < 0 && request.getHeader("Transfer-Encoding") != null;
    if (length > maxBytes || chunked && !"GET".equals(request.getMethod())) {
      // Chunked bodies are refused too: their size is unknown until read.
      Problems.TOO_LARGE.write(request, response,
          chunked ? "send a Content-Length; chunked request bodies are not accepted"
              : "the body has " + length + " bytes; at most " + maxBytes + " are accepted",
          Map.of("maxBytes", maxBytes));
      return;
    }
    chain.doFilter(request, response);
  }
}
