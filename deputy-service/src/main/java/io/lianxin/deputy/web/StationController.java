package io.lianxin.deputy.web;

import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.chassis.web.Ids;
import io.lianxin.deputy.application.Page;
import io.lianxin.deputy.application.Stations;
import io.lianxin.deputy.domain.Station;
import io.lianxin.deputy.domain.StationKind;
import io.lianxin.deputy.domain.StationStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@Tag(name = "stations", description = "代表之家/代表联络站/联络室 / deputies' homes and stations")
public class StationController {

  private final Stations stations;

  public StationController(Stations stations) {
    this.stations = stations;
  }

  /** A station as the office writes it. */
  public record StationRequest(
      @NotNull StationKind kind,
      @NotBlank @Size(max = 100) @Schema(example = "城关镇人大代表之家") String name,
      @NotBlank @Size(max = 300) @Schema(example = "青山县城关镇人民路 1 号") String address,
      @Size(max = 100) @Schema(example = "城关镇") String township) {

    Station.Details toDetails() {
      return new Station.Details(kind, name, new Station.Place(address, township));
    }
  }

  /** Deputies to attach or detach. */
  public record DeputiesRequest(
      @NotEmpty @Size(max = 500) List<@NotNull @Size(max = Ids.MAX) @Pattern(regexp = Ids.PATTERN) String> deputyIds) {}

  /** When a station closes. */
  public record ClosureRequest(@NotNull @Schema(example = "2027-12-31") LocalDate closedOn) {}

  /** A station as the office sees it. */
  public record StationView(String congressId, String stationId, StationKind kind, String name, String address,
      String township, List<String> deputyIds, StationStatus status, LocalDate closedOn) {

    static StationView of(Station s) {
      return new StationView(s.congressId(), s.stationId(), s.details().kind(), s.details().name(),
          s.details().place().address(), s.details().place().township(), s.deputyIds(), s.status(), s.closedOn());
    }
  }

  /** A station as anyone sees it: where it is and how many deputies are attached, no one's personal data. */
  public record PublicStationView(String stationId, StationKind kind, String name, String address, String township,
      int deputyCount) {

    static PublicStationView of(Station s) {
      return new PublicStationView(s.stationId(), s.details().kind(), s.details().name(), s.details().place().address(),
          s.details().place().township(), s.deputyIds().size());
    }
  }

  @PutMapping("/api/v1/stations/{stationId}")
  @Operation(summary = "Register or update a home or station of the caller's congress (代表之家/站设立、变更); the same details again change nothing")
  public StationView putStation(CurrentUser staff,
      @PathVariable @Size(max = Ids.MAX) @Pattern(regexp = Ids.PATTERN) String stationId,
      @Valid @RequestBody StationRequest request) {
    return StationView.of(stations.put(staff, stationId, request.toDetails()));
  }

  @PostMapping("/api/v1/stations/{stationId}/deputies")
  @Operation(summary = "Attach deputies to a station (代表进站); each must be an active deputy of the register (422 names the others)")
  public StationView attachDeputies(CurrentUser staff,
      @PathVariable @Size(max = Ids.MAX) @Pattern(regexp = Ids.PATTERN) String stationId,
      @Valid @RequestBody DeputiesRequest request) {
    return StationView.of(stations.attach(staff, stationId, request.deputyIds()));
  }

  @PostMapping("/api/v1/stations/{stationId}/detachment")
  @Operation(summary = "Detach deputies from a station; ids not attached change nothing")
  public StationView detachDeputies(CurrentUser staff,
      @PathVariable @Size(max = Ids.MAX) @Pattern(regexp = Ids.PATTERN) String stationId,
      @Valid @RequestBody DeputiesRequest request) {
    return StationView.of(stations.detach(staff, stationId, request.deputyIds()));
  }

  @PostMapping("/api/v1/stations/{stationId}/closure")
  @Operation(summary = "Close a station (撤销); its history stays")
  public StationView closeStation(CurrentUser staff,
      @PathVariable @Size(max = Ids.MAX) @Pattern(regexp = Ids.PATTERN) String stationId,
      @Valid @RequestBody ClosureRequest request) {
    return StationView.of(stations.close(staff, stationId, request.closedOn()));
  }

  @GetMapping("/api/v1/stations/{stationId}")
  @Operation(summary = "One station of the caller's congress, with the deputies attached")
  public StationView getStation(CurrentUser caller,
      @PathVariable @Size(max = Ids.MAX) @Pattern(regexp = Ids.PATTERN) String stationId) {
    return StationView.of(stations.station(caller, stationId));
  }

  @GetMapping("/api/v1/stations")
  @Operation(summary = "The stations of the caller's congress by id, optionally of one status")
  public Page<StationView> listStations(CurrentUser caller, @RequestParam(required = false) StationStatus status,
      @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
      @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
    Page<Station> found = stations.list(caller.congressId(), status, page, size);
    return new Page<>(found.items().stream().map(StationView::of).toList(), found.page(), found.size(), found.total());
  }

  @GetMapping("/api/v1/public/{congressId}/stations")
  @Operation(summary = "A congress's open homes and stations, for anyone (no sign-in): where they are and how many deputies are attached")
  public Page<PublicStationView> publicStations(
      @PathVariable @Size(max = Ids.MAX) @Pattern(regexp = Ids.PATTERN) String congressId,
      @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
      @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
    Page<Station> found = stations.list(congressId, StationStatus.OPEN, page, size);
    return new Page<>(found.items().stream().map(PublicStationView::of).toList(), found.page(), found.size(),
        found.total());
  }
}
