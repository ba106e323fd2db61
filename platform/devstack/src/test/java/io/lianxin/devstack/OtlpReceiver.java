package io.lianxin.devstack;

import com.sun.net.httpserver.HttpServer;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An OpenTelemetry collector's OTLP/HTTP trace endpoint, enough to see what the services export:
 * each span with its service, trace id, name and kind, decoded from the protobuf the exporter posts.
 */
final class OtlpReceiver implements AutoCloseable {

  /** One exported span. */
  record ExportedSpan(String service, String traceId, String spanId, String parentSpanId, String name, String kind) {}

  private final HttpServer server;
  private final List<ExportedSpan> spans = new CopyOnWriteArrayList<>();

  OtlpReceiver() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/v1/traces", exchange -> {
      try {
        ExportTraceServiceRequest request = ExportTraceServiceRequest.parseFrom(exchange.getRequestBody().readAllBytes());
        for (ResourceSpans resource : request.getResourceSpansList()) {
          String service = resource.getResource().getAttributesList().stream()
              .filter(a -> a.getKey().equals("service.name")).map(KeyValue::getValue)
              .map(v -> v.getStringValue()).findFirst().orElse("?");
          for (ScopeSpans scope : resource.getScopeSpansList()) {
            scope.getSpansList().forEach(span -> spans.add(new ExportedSpan(service,
                HexFormat.of().formatHex(span.getTraceId().toByteArray()),
                HexFormat.of().formatHex(span.getSpanId().toByteArray()),
                HexFormat.of().formatHex(span.getParentSpanId().toByteArray()), span.getName(), span.getKind().name())));
          }
        }
        exchange.getResponseHeaders().add("Content-Type", "application/x-protobuf");
        exchange.sendResponseHeaders(200, 0);
      } catch (RuntimeException e) {
        exchange.sendResponseHeaders(400, 0);
      } finally {
        exchange.close();
      }
    });
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1/traces";
  }

  List<ExportedSpan> spansOf(String traceId) {
    return spans.stream().filter(s -> s.traceId().equals(traceId)).toList();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
