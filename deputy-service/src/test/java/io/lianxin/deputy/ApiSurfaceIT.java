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
    properties = {"spring.config.name=deputy-service"})
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
    api.put("/api/v1/units/U-qingshan-housing", token("staff@qingshan"),
        Map.of("name", "青山县住房和城乡建设局", "kind", "GOVERNMENT_DEPARTMENT"));
    api.put("/api/v1/stations/S-qingshan-home", token("staff@qingshan"),
        Map.of("kind", "HOME", "name", "城关镇人大代表之家", "address", "青山县城关镇人民路 1 号"));
    return new Surface("http://127.0.0.1:" + port, DATABASE,
        Map.of("deputyId", "D-qingshan-001", "unitId", "U-qingshan-housing", "stationId", "S-qingshan-home",
            "congressId", DemoUsers.COUNTY),
        tokens("staff@qingshan", "deputy1@qingshan", null), List.of());
  }
}
