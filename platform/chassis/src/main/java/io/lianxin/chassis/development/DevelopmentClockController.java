package io.lianxin.chassis.development;

import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.chassis.domain.ForbiddenException;
import io.lianxin.chassis.domain.Role;
import io.lianxin.chassis.domain.RuleViolationException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.Instant;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reads and moves the {@link DevelopmentClock} — on the devstack only (the endpoint does not exist
 * elsewhere: 404). Admins only: moving time fires every deadline of the service at once.
 */
@RestController
@RequestMapping("/api/v1/development/clock")
@Tag(name = "development", description = "开发用时钟 / the devstack's clock (absent in a deployment)")
public class DevelopmentClockController {

  /** At most a year per move: enough for any deadline, and a typo of "P100Y" is refused. */
  static final Duration MAX_MOVE = Duration.ofDays(366);

  /** The clock now, and how far it is ahead of real time. */
  public record ClockView(Instant now, String offset) {}

  /** {@code advanceBy}: an ISO-8601 duration, e.g. {@code P5D}, {@code PT36H}. */
  public record AdvanceRequest(@NotNull Duration advanceBy) {}

  private final DevelopmentClock clock;

  public DevelopmentClockController(DevelopmentClock clock) {
    this.clock = clock;
  }

  @GetMapping
  @Operation(summary = "The development clock: now, and its offset from real time")
  public ClockView read() {
    return view();
  }

  @PostMapping
  @Operation(summary = "Move the development clock forward (admins; never back, at most 366 days a move)")
  public ClockView advance(CurrentUser user, @RequestBody @jakarta.validation.Valid AdvanceRequest request) {
    if (!user.has(Role.ADMIN)) {
      throw new ForbiddenException("moving the clock is for admins");
    }
    Duration by = request.advanceBy();
    if (by.isNegative() || by.isZero() || by.compareTo(MAX_MOVE) > 0) {
      throw new RuleViolationException("advanceBy", "advanceBy must be positive and at most P366D");
    }
    clock.advance(by);
    return view();
  }

  private ClockView view() {
    return new ClockView(clock.instant(), clock.offset().toString());
  }
}
