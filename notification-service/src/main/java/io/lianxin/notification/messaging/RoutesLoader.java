package io.lianxin.notification.messaging;

import io.lianxin.notification.NotificationProperties;
import io.lianxin.notification.domain.NotificationRouting;
import io.lianxin.notification.domain.Route;
import io.lianxin.notification.domain.ValueLabels;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the routing table from {@code lianxin.notification.routes} (default: the routes shipped
 * in the jar), so that routes of new event types are configuration, not code.
 */
@Configuration(proxyBeanMethods = false)
public class RoutesLoader {

  /**
   * The file's shape: {@code {"routes": [...], "labels": {field: {value: {language: label}}}}}.
   *
   * @param labels what the coded values the texts use say (optional)
   */
  public record RoutesFile(List<Route> routes, Map<String, Map<String, Map<String, String>>> labels) {

    public ValueLabels valueLabels() {
      return new ValueLabels(labels);
    }
  }

  @Bean
  NotificationRouting notificationRouting(NotificationProperties settings, ResourceLoader resources, ZoneId zone) {
    RoutesFile file = read(resources.getResource(settings.routes()));
    return new NotificationRouting(file.routes(), file.valueLabels(), zone);
  }

  public static List<Route> load(Resource resource) {
    return read(resource).routes();
  }

  public static RoutesFile read(Resource resource) {
    try (InputStream in = resource.getInputStream()) {
      return JsonMapper.builder().build().readValue(in, RoutesFile.class);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read notification routes " + resource, e);
    }
  }
}
