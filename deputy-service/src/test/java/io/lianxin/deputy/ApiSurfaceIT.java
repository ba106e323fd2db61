package io.lianxin.deputy;

import io.lianxin.testkit.ApiClient;
import io.lianxin.testkit.ApiSurfaceChecks;
import io.lianxin.testkit.DemoUsers;
import io.lianxin.testkit.EmbeddedInfra;
import java.util.List;
import java.util.Map;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Every operation of the register API: bad input and who may call it (see {@link ApiSurfaceChecks}). */
@SpringBootTest(classes = DeputyServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"spring.config.name=deputy-service",
        // the HTTP surface only: the records counted from the service's own events (written after the answer, by the
        // consumer) would show as writes of the next refused request; RecordsFromEventsIT, WorkEventsIT and
        // SupervisionRecordsIT test the consumer
        "spring.cloud.stream.bindings.events-in-0.consumer.auto-startup=false"})
class ApiSurfaceIT extends ApiSurfaceChecks {

  static final String DATABASE = "deputy-api-surface-it";

  @LocalServerPort
  int port;

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    EmbeddedInfra.shared().serviceProperties(DATABASE).forEach((k, v) -> registry.add(k, () -> v));
  }

  @Override
  protected String swaggerUiUser() {
    return "staff@qingshan";
  }

  @Override
  protected Surface surface() {
    ApiClient api = new ApiClient("http://127.0.0.1:" + port);
    api.put("/api/v1/deputies/D-qingshan-001", token("staff@qingshan"),
        Map.of("name", "青山县代表 甲", "termStart", "2026-01-10", "termEnd", "2031-01-09"));
    api.put("/api/v1/deputies/D-qingshan-004", token("staff@qingshan"), Map.of("name", "青山县代表 丁",
        "standingCommitteeRole", "VICE_CHAIR", "termStart", "2026-01-10", "termEnd", "2031-01-09"));
    api.put("/api/v1/congresses/" + DemoUsers.COUNTY, token("admin@qingshan"), Map.of("name", "青山县人民代表大会",
        "level", "COUNTY", "terms", List.of(Map.of("number", 18, "start", "2026-01-10", "end", "2031-01-09"))));
    api.put("/api/v1/working-bodies/W-qingshan-deputy-affairs", token("staff@qingshan"), Map.of("name", "选任代工委",
        "kind", "DEPUTY_AFFAIRS", "headDeputyId", "D-qingshan-004", "memberDeputyIds", List.of("D-qingshan-001")));
    api.put("/api/v1/units/U-qingshan-housing", token("staff@qingshan"),
        Map.of("name", "青山县住房和城乡建设局", "kind", "GOVERNMENT_DEPARTMENT"));
    api.put("/api/v1/stations/S-qingshan-home", token("staff@qingshan"),
        Map.of("kind", "HOME", "name", "城关镇人大代表之家", "address", "青山县城关镇人民路 1 号"));
    api.post("/api/v1/stations/S-qingshan-home/deputies", token("staff@qingshan"),
        Map.of("deputyIds", List.of("D-qingshan-001")));
    api.put("/api/v1/reception-days/R-qingshan-1", token("staff@qingshan"), Map.of("stationId", "S-qingshan-home",
        "date", "2026-12-15", "startsAt", "09:00", "endsAt", "11:30", "deputyIds", List.of("D-qingshan-001")));
    String trackingCode = api.post("/api/v1/reception-days/R-qingshan-1/visits", token("staff@qingshan"),
        Map.of("opinions", List.of("路灯坏了"))).json().get(0).get("trackingCode").asString();
    api.post("/api/v1/deputies/D-qingshan-001/reports", token("staff@qingshan"), Map.of("year", 2026,
        "stationId", "S-qingshan-home", "hearingOn", "2026-12-20", "text", "述职报告"));
    api.put("/api/v1/trainings/T-qingshan-1", token("staff@qingshan"),
        Map.of("title", "履职培训", "date", "2026-11-05", "mode", "ONLINE"));
    return new Surface("http://127.0.0.1:" + port, DATABASE,
        Map.of("deputyId", "D-qingshan-001", "unitId", "U-qingshan-housing", "stationId", "S-qingshan-home",
            "congressId", DemoUsers.COUNTY, "dayId", "R-qingshan-1", "trackingCode", trackingCode, "year", "2026",
            "sessionId", "T-qingshan-1", "bodyId", "W-qingshan-deputy-affairs"),
        tokens("staff@qingshan", "deputy1@qingshan", null), List.of());
  }
}
