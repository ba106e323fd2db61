package io.lianxin.devstack;

import io.lianxin.testkit.ApiClient;
import io.lianxin.testkit.DemoUsers;
import java.util.List;
import java.util.Map;

/**
 * Demo content for a fresh devstack: suggestions of the kinds the source essays describe, by
 * invented deputies of both demo congresses. Each carries a fixed Idempotency-Key, so loading
 * twice within a day creates nothing new.
 */
final class DemoData {

  private record Sample(String username, String title, String body, String category) {}

  private static final List<Sample> SAMPLES = List.of(
      new Sample("deputy1@qingshan", "关于加快老旧小区加装电梯的建议", "多个老旧小区老人上下楼困难，建议简化审批、给予补贴。", "HOUSING"),
      new Sample("deputy1@qingshan", "关于增设乡村公交线路的建议", "偏远村组群众出行难，建议增开城乡公交并加密班次。", "TRANSPORT"),
      new Sample("deputy2@qingshan", "关于建设社区老年食堂的建议", "独居老人就餐难，建议依托社区服务站建设老年食堂。", "ELDERLY_CARE"),
      new Sample("deputy2@qingshan", "关于整治河道黑臭水体的建议", "部分河段水体黑臭，建议开展截污纳管和生态修复。", "ENVIRONMENT"),
      new Sample("deputy1@hexi", "关于优化营商环境压缩审批时限的建议", "企业开办审批环节多，建议推行一网通办。", "BUSINESS_ENVIRONMENT"),
      new Sample("deputy2@hexi", "关于增加义务教育学位供给的建议", "新建小区入学需求大，建议新建扩建学校。", "EDUCATION"));

  private DemoData() {}

  static void load(DevStack stack) {
    if (stack.issuer() == null) {
      System.out.println("--demo needs the development token issuer; skipped with an external issuer.");
      return;
    }
    ApiClient api = new ApiClient(stack.url("suggestion-service"));
    int created = 0;
    for (int i = 0; i < SAMPLES.size(); i++) {
      Sample s = SAMPLES.get(i);
      ApiClient.Response r = api.post("/api/v1/suggestions", stack.issuer().tokenFor(DemoUsers.get(s.username())),
          Map.of("title", s.title(), "body", s.body(), "category", s.category()),
          Map.of("Idempotency-Key", "demo-suggestion-" + i));
      if (r.status() == 201 && r.header("Idempotent-Replayed") == null) {
        created++;
      }
    }
    System.out.println("Demo data: " + created + " suggestion(s) created.");
  }
}
