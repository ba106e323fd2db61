package io.lianxin.notification.messaging;

import io.lianxin.notification.NotificationProperties;
import io.lianxin.notification.domain.NotificationRouting;
import io.lianxin.notification.domain.Route;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
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

  /** The file's shape: {@code {"routes": [...]}}. */
  public record RoutesFile(List<Route> routes) {}

  @Bean
  NotificationRouting notificationRouting(NotificationProperties settings, ResourceLoader resources) {
    return new NotificationRouting(load(resources.getResource(settings.routes())));
  }

  public static List<Route> load(Resource resource) {
    try (InputStream in = resource.getInputStream()) {
      return JsonMapper.builder().build().readValue(in, RoutesFile.class).routes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read notification routes " + resource, e);
    }
  }
}
