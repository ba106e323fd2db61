package io.lianxin.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Demo users of every role in two congresses (a county and a district). Names are invented;
 * none is taken from the source essays.
 */
public final class DemoUsers {

  public static final String COUNTY = "cn-county-qingshan";
  public static final String DISTRICT = "cn-district-hexi";

  private static final List<DemoUser> ALL = build();

  private DemoUsers() {}

  public static List<DemoUser> all() {
    return ALL;
  }

  public static Optional<DemoUser> find(String username) {
    return ALL.stream().filter(u -> u.username().equals(username)).findFirst();
  }

  public static DemoUser get(String username) {
    return find(username).orElseThrow(() -> new IllegalArgumentException("no demo user " + username));
  }

  private static List<DemoUser> build() {
    List<DemoUser> users = new ArrayList<>();
    add(users, COUNTY, "qingshan", "青山县");
    add(users, DISTRICT, "hexi", "河西区");
    return List.copyOf(users);
  }

  private static void add(List<DemoUser> users, String congress, String tag, String place) {
    users.add(DemoUser.deputy("deputy1@" + tag, place + "代表 甲 (Deputy A)", congress, "D-" + tag + "-001"));
    users.add(DemoUser.deputy("deputy2@" + tag, place + "代表 乙 (Deputy B)", congress, "D-" + tag + "-002"));
    // deputies 3..12: a register large enough for a motion with 10 co-signers and two delegations (issue 12)
    String[] stems = {"丙", "丁", "戊", "己", "庚", "辛", "壬", "癸", "子", "丑"};
    for (int i = 3; i <= 12; i++) {
      users.add(DemoUser.deputy("deputy" + i + "@" + tag, place + "代表 " + stems[i - 3] + " (Deputy " + (char) ('A' + i - 1)
          + ")", congress, String.format("D-%s-%03d", tag, i)));
    }
    users.add(DemoUser.of("staff@" + tag, place + "人大选任代工委 (Committee staff)", "COMMITTEE_STAFF", congress, null));
    // the vice-chair's sign-in as a leader: deputy 4 of the register (VICE_CHAIR, on the chair's council), so a
    // key item's or an opinion's supervising leader is named by the register's id and checked against it
    users.add(new DemoUser("leader@" + tag, place + "人大常委会副主任 (Leader)", List.of("LEADER"), congress,
        "D-" + tag + "-004", null));
    users.add(DemoUser.of("handler@" + tag, place + "住建局承办人 (Unit handler)", "UNIT_HANDLER", congress, "U-" + tag + "-housing"));
    users.add(DemoUser.of("head@" + tag, place + "住建局局长 (Unit head)", "UNIT_HEAD", congress, "U-" + tag + "-housing"));
    users.add(DemoUser.of("admin@" + tag, place + "系统管理员 (Admin)", "ADMIN", congress, null));
    users.add(DemoUser.of("citizen1@" + tag, place + "居民 甲 (Resident A)", "PUBLIC", congress, null));
    users.add(DemoUser.of("citizen2@" + tag, place + "居民 乙 (Resident B)", "PUBLIC", congress, null));
    for (int i = 1; i <= 3; i++) {
      users.add(DemoUser.deputy("scrutineer" + i + "@" + tag, place + "监票人 " + i + " (Scrutineer " + i + ")", congress,
          "D-" + tag + "-90" + i));
    }
  }
}
