package io.lianxin.portal.gateway;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A deputy's work as deputy-service keeps it (代表履职): duty days at a home or station, annual reports to voters. */
public final class DeputyWork {

  private DeputyWork() {}

  /** A reception day (接待日) the deputy is on duty at (值班安排): SCHEDULED, or HELD with who was present. */
  public record DutyDay(String dayId, String stationId, LocalDate date, LocalTime startsAt, LocalTime endsAt,
      String status, List<String> deputiesPresent) {

    public DutyDay {
      deputiesPresent = List.copyOf(Objects.requireNonNullElse(deputiesPresent, List.of()));
    }

    public boolean held() {
      return "HELD".equals(status);
    }
  }

  /** The deputy's annual report to the voters (年述职): FILED, HEARD at a meeting, RATED by the attending voters. */
  public record AnnualReport(int year, String stationId, LocalDate hearingOn, String text, String state,
      LocalDate heldOn, Integer attendees, Map<String, Integer> ratings) {

    public AnnualReport {
      ratings = Map.copyOf(Objects.requireNonNullElse(ratings, Map.of()));
    }
  }

  /** A home or station of the register (代表之家、代表联络站), with the deputies attached to it. */
  public record Station(String stationId, String kind, String name, String address, List<String> deputyIds,
      String status) {

    public Station {
      deputyIds = List.copyOf(Objects.requireNonNullElse(deputyIds, List.of()));
    }

    public boolean open() {
      return "OPEN".equals(status);
    }
  }

  /** What a deputy files: the year, the station the voters hear it at, the day, the text. */
  public record Filing(Integer year, String stationId, LocalDate hearingOn, String text) {}
}
