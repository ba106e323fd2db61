package io.lianxin.portal.web;

import io.lianxin.portal.gateway.ApiProblem;
import io.lianxin.portal.gateway.GatewayApi;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.client.ResourceAccessException;

/**
 * The register's unit names (承办单位名称) for a page that lists units by id: a page is still shown, with the ids,
 * when the register does not answer — a name is a label, the list is what the reader came for.
 */
final class UnitNames {

  private static final Logger log = LoggerFactory.getLogger(UnitNames.class);

  private UnitNames() {}

  static Map<String, String> orIds(GatewayApi api) {
    try {
      return api.unitNames();
    } catch (ApiProblem problem) {
      if (problem.status() == 401) {
        throw problem;
      }
      log.warn("the register's unit names were not read ({}): the page shows unit ids", problem.status());
    } catch (ResourceAccessException unreachable) {
      log.warn("the register's unit names were not read ({}): the page shows unit ids", unreachable.getMessage());
    }
    return Map.of();
  }
}
