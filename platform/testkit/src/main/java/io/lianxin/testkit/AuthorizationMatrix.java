package io.lianxin.testkit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who may call what, checked against the running service for every operation of its OpenAPI
 * document: each role of the home congress (allowed: neither 401 nor 403; otherwise exactly 403),
 * no token, a forged token and an expired one (401 unless the operation is public), and the same
 * allowed roles of another congress on an item of the home congress (never a success).
 *
 * <p>The expectations are a text table kept beside the test (README's "who" columns), one line per
 * operation: {@code METHOD /path/{template} WHO…} where WHO is roles, {@code SIGNED_IN} (every role)
 * or {@code ANYONE} (no token needed), and {@code PER_CONGRESS} where the path names something
 * within the caller's own congress (a directory entry by person id: another congress has its own).
 * An operation without a line fails, so a new endpoint cannot go unchecked; a line without an
 * operation fails too.
 */
public final class AuthorizationMatrix {

  public static final Map<String, String> USER_OF_ROLE = new LinkedHashMap<>();

  static {
    USER_OF_ROLE.put("DEPUTY", "deputy1@");
    USER_OF_ROLE.put("COMMITTEE_STAFF", "staff@");
    USER_OF_ROLE.put("LEADER", "leader@");
    USER_OF_ROLE.put("UNIT_HANDLER", "handler@");
    USER_OF_ROLE.put("UNIT_HEAD", "head@");
    USER_OF_ROLE.put("ADMIN", "admin@");
    USER_OF_ROLE.put("PUBLIC", "citizen1@");
  }

  private AuthorizationMatrix() {}

  /** What is wrong; empty when every operation answers every caller as the table says. */
  public static List<String> violations(ApiClient api, OpenApiDocument doc, DevTokenIssuer issuer, String table) {
    Map<String, Set<String>> expected = parse(table);
    List<String> violations = new ArrayList<>();
    Set<String> seen = new TreeSet<>();
    for (OpenApiDocument.Operation op : doc.operations()) {
      String key = op.method() + " " + op.template();
      seen.add(key);
      Set<String> who = expected.get(key);
      if (who == null) {
        violations.add(key + ": no line in the authorization table");
        continue;
      }
      String path = doc.path(op, Map.of()) + doc.requiredQuery(op);
      String body = doc.sampleBody(op);
      boolean anyone = who.contains("ANYONE");
      for (Map.Entry<String, String> role : USER_OF_ROLE.entrySet()) {
        boolean allowed = anyone || who.contains("SIGNED_IN") || who.contains(role.getKey());
        String token = issuer.tokenFor(DemoUsers.get(role.getValue() + "qingshan"));
        int status = api.send(op.method(), path, token, body, Map.of()).status();
        if (status >= 500) {
          violations.add(key + " as " + role.getKey() + ": " + status);
        } else if (allowed && (status == 401 || status == 403)) {
          violations.add(key + " as " + role.getKey() + ": " + status + ", but the role is allowed");
        } else if (!allowed && status != 403) {
          violations.add(key + " as " + role.getKey() + ": " + status + ", want 403");
        }
        if (allowed && !anyone && !who.contains("PER_CONGRESS") && !doc.pathParameters(op).isEmpty()) {
          String elsewhere = issuer.tokenFor(DemoUsers.get(role.getValue() + "hexi"));
          int other = api.send(op.method(), path, elsewhere, body, Map.of()).status();
          if (other < 300) {
            violations.add(key + " as " + role.getKey() + " of another congress: " + other + " on this congress's item");
          }
        }
      }
      DemoUser someone = DemoUsers.get("staff@qingshan");
      Map<String, String> bad = new LinkedHashMap<>();
      bad.put("no token", null);
      bad.put("a forged token", issuer.forgedTokenFor(someone));
      bad.put("an expired token", issuer.sign(someone, Map.of("exp", new Date(System.currentTimeMillis() - 60_000))));
      bad.put("a token without a congress", issuer.sign(someone, Map.of("congress_id", "")));
      for (Map.Entry<String, String> b : bad.entrySet()) {
        int status = api.send(op.method(), path, b.getValue(), body, Map.of()).status();
        if (anyone ? status == 401 || status == 403 || status >= 500 : status != 401) {
          violations.add(key + " with " + b.getKey() + ": " + status + (anyone ? ", but it is public" : ", want 401"));
        }
      }
    }
    for (String key : expected.keySet()) {
      if (!seen.contains(key)) {
        violations.add(key + ": in the authorization table, but the API has no such operation");
      }
    }
    return violations;
  }

  private static Map<String, Set<String>> parse(String table) {
    Map<String, Set<String>> expected = new LinkedHashMap<>();
    for (String raw : table.split("\n")) {
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\\s+");
      if (f.length < 3) {
        throw new IllegalArgumentException("authorization table line needs METHOD PATH WHO: " + line);
      }
      Set<String> who = new TreeSet<>(Arrays.asList(f).subList(2, f.length));
      for (String w : who) {
        if (!USER_OF_ROLE.containsKey(w) && !List.of("SIGNED_IN", "ANYONE", "PER_CONGRESS").contains(w)) {
          throw new IllegalArgumentException("unknown role " + w + " in: " + line);
        }
      }
      expected.put(f[0] + " " + f[1], who);
    }
    return expected;
  }
}
