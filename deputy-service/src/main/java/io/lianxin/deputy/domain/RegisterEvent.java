package io.lianxin.deputy.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * What happens in the register (名册变动), one record per event type: the record's name is the
 * type ({@code DeputyRegistered} → {@code lianxin.deputy.deputy-registered.v1}); the entry itself is
 * added as the event's snapshot by messaging.
 */
public sealed interface RegisterEvent {

  /** The audit line, zh-CN / en. */
  String summary();

  /** 代表登记. */
  record DeputyRegistered() implements RegisterEvent {
    public String summary() {
      return "登记代表 / deputy registered";
    }
  }

  /** 代表信息变更: the fields that changed. */
  record DeputyUpdated(List<String> changed) implements RegisterEvent {
    public DeputyUpdated {
      changed = List.copyOf(changed);
    }

    public String summary() {
      return "变更代表信息：" + String.join("、", changed) + " / deputy updated: " + String.join(", ", changed);
    }
  }

  /** 代表资格终止. */
  record DeputyLeft(DepartureReason reason, LocalDate leftOn) implements RegisterEvent {
    public String summary() {
      return "代表资格终止（" + reason + "，" + leftOn + "） / deputy left (" + reason + ", " + leftOn + ")";
    }
  }

  /** 承办单位登记. */
  record UnitRegistered() implements RegisterEvent {
    public String summary() {
      return "登记承办单位 / unit registered";
    }
  }

  /** 承办单位变更. */
  record UnitUpdated(List<String> changed) implements RegisterEvent {
    public UnitUpdated {
      changed = List.copyOf(changed);
    }

    public String summary() {
      return "变更承办单位：" + String.join("、", changed) + " / unit updated: " + String.join(", ", changed);
    }
  }

  /** 承办单位撤销. */
  record UnitLeft(LocalDate leftOn) implements RegisterEvent {
    public String summary() {
      return "撤销承办单位（" + leftOn + "） / unit dissolved (" + leftOn + ")";
    }
  }

  /** 代表之家/站设立. */
  record StationRegistered() implements RegisterEvent {
    public String summary() {
      return "设立代表之家/站 / station registered";
    }
  }

  /** 代表之家/站变更 (its details or the deputies attached): the fields that changed. */
  record StationUpdated(List<String> changed) implements RegisterEvent {
    public StationUpdated {
      changed = List.copyOf(changed);
    }

    public String summary() {
      return "变更代表之家/站：" + String.join("、", changed) + " / station updated: " + String.join(", ", changed);
    }
  }

  /** 代表之家/站撤销. */
  record StationClosed(LocalDate closedOn) implements RegisterEvent {
    public String summary() {
      return "撤销代表之家/站（" + closedOn + "） / station closed (" + closedOn + ")";
    }
  }

  /** 人大登记: a congress was entered in the register. */
  record CongressRegistered() implements RegisterEvent {
    public String summary() {
      return "登记人大 / congress registered";
    }
  }

  /** 人大信息变更 (name, level, parent or terms): the fields that changed. */
  record CongressUpdated(List<String> changed) implements RegisterEvent {
    public CongressUpdated {
      changed = List.copyOf(changed);
    }

    public String summary() {
      return "变更人大信息：" + String.join("、", changed) + " / congress updated: " + String.join(", ", changed);
    }
  }

  /** 设立工委: a working body of the standing committee was entered. */
  record WorkingBodyRegistered() implements RegisterEvent {
    public String summary() {
      return "设立工委 / working body registered";
    }
  }

  /** 工委变更 (its name, kind, head or members): the fields that changed. */
  record WorkingBodyUpdated(List<String> changed) implements RegisterEvent {
    public WorkingBodyUpdated {
      changed = List.copyOf(changed);
    }

    public String summary() {
      return "变更工委：" + String.join("、", changed) + " / working body updated: " + String.join(", ", changed);
    }
  }

  /** 撤销工委. */
  record WorkingBodyDissolved(LocalDate dissolvedOn) implements RegisterEvent {
    public String summary() {
      return "撤销工委（" + dissolvedOn + "） / working body dissolved (" + dissolvedOn + ")";
    }
  }
}
