package io.lianxin.deputy.web;

import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.chassis.web.Ids;
import io.lianxin.chassis.web.SpreadsheetFiles;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestHeader;
import io.lianxin.deputy.application.DeputyRecords;
import io.lianxin.deputy.application.MinimumNotices;
import io.lianxin.deputy.application.Page;
import io.lianxin.deputy.domain.DeputyRecord;
import io.lianxin.deputy.domain.MinimumNotice;
import io.lianxin.deputy.domain.RecordKind;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@Tag(name = "records", description = "履职档案与积分 / deputies' records and points")
public class RecordController {

  private final DeputyRecords records;
  private final MinimumNotices notices;

  public RecordController(DeputyRecords records, MinimumNotices notices) {
    this.records = records;
    this.notices = notices;
  }

  /** A notice of deputies below the minimums as the office reads it. */
  public record MinimumNoticeView(String noticeId, String congressId, int year, LocalDate issuedOn,
      @Schema(description = "本次新发出；false: 当天已发出，未重复通知 / issued now; false: already issued today, nobody "
          + "told twice") boolean created,
      @Schema(description = "被提醒的代表 / the deputies told") List<String> deputyIds,
      List<MinimumNotice.Shortfall> shortfalls) {

    static MinimumNoticeView of(MinimumNotices.Issued issued) {
      MinimumNotice n = issued.notice();
      return new MinimumNoticeView(n.noticeId(), n.congressId(), n.year(), n.issuedOn(), issued.created(),
          n.deputyIds(), n.shortfalls());
    }
  }

  /** One kind of work in a record: how much was counted and the points it earns. */
  public record WorkView(RecordKind kind, long count, long points) {

    static List<WorkView> of(DeputyRecord r) {
      return Arrays.stream(RecordKind.values()).map(k -> new WorkView(k, r.count(k), r.pointsFor(k))).toList();
    }
  }

  /** A deputy's record of a year as the deputy and the office see it. */
  public record RecordView(String congressId, String deputyId, String name, String delegation, int year,
      List<WorkView> work, long points,
      @Schema(description = "年度最低积分 / the yearly minimum") int minimumPoints,
      @Schema(description = "未达最低积分 / below the yearly minimum") boolean belowMinimum) {

    static RecordView of(DeputyRecords.Entry e) {
      DeputyRecord r = e.record();
      return new RecordView(e.deputy().congressId(), e.deputy().deputyId(), e.deputy().details().name(),
          e.deputy().details().delegation(), r.year(), WorkView.of(r), r.points(), r.minimumPoints(), r.belowMinimum());
    }
  }

  /** One line of the year-end list: place by points, the deputy and their record. */
  public record RankedView(@Schema(description = "place by points, from 1") int rank, RecordView record) {}

  /** A deputy's record as anyone sees it (履职公开): name, delegation and work, no personal or contact data. */
  public record PublicRecordView(String deputyId, String name, String delegation, String deputyGroup, int year,
      List<WorkView> work, long points) {

    static PublicRecordView of(DeputyRecords.Entry e) {
      DeputyRecord r = e.record();
      return new PublicRecordView(e.deputy().deputyId(), e.deputy().details().name(), e.deputy().details().delegation(),
          e.deputy().details().deputyGroup(), r.year(), WorkView.of(r), r.points());
    }
  }

  @GetMapping("/api/v1/deputies/{deputyId}/record")
  @Operation(summary = "A deputy's record and points of a year (履职档案, 积分); the office and admins, a deputy their own. "
      + "Year: the current one in the congress's zone if not given")
  public RecordView getRecord(CurrentUser caller,
      @PathVariable @Size(max = Ids.MAX) @Pattern(regexp = Ids.PATTERN) String deputyId,
      @RequestParam(required = false) @Min(2000) @Max(2100) Integer year) {
    return RecordView.of(records.record(caller, deputyId, year));
  }

  @PostMapping("/api/v1/records/minimum-notices")
  @Operation(summary = "Tells the office and each deputy below a yearly minimum (履职未达标提醒): every deputy who served "
      + "in the year below the points minimum or a minimum of the two links (双联系), with what they reached. Once per "
      + "year and day: again on the same day answers the same notice (created=false) and tells nobody twice. Year: the "
      + "current one in the congress's zone if not given; a year not begun is 422")
  public MinimumNoticeView issueMinimumNotice(CurrentUser office,
      @RequestParam(required = false) @Min(2000) @Max(2100) Integer year) {
    return MinimumNoticeView.of(notices.issue(office, year));
  }

  @GetMapping("/api/v1/records")
  @Operation(summary = "The year-end list of the caller's congress (年度履职积分排名): every deputy who served in the year, "
      + "highest points first, those below the yearly minimum marked")
  public Page<RankedView> listRecords(CurrentUser caller,
      @RequestParam(required = false) @Min(2000) @Max(2100) Integer year,
      @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
      @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
    Page<DeputyRecords.Entry> found = records.yearEnd(caller, year, page, size);
    List<RankedView> items = IntStream.range(0, found.items().size())
        .mapToObj(i -> new RankedView(page * size + i + 1, RecordView.of(found.items().get(i)))).toList();
    return new Page<>(items, found.page(), found.size(), found.total());
  }

  /** The work kinds' column headers of the exported list, zh-CN and en. */
  private static final Map<RecordKind, List<String>> KIND_HEADERS = new EnumMap<>(Map.of(
      RecordKind.SUGGESTION, List.of("建议", "suggestions"), RecordKind.MOTION, List.of("议案", "motions"),
      RecordKind.CO_SIGNATURE, List.of("联名", "co-signatures"), RecordKind.RECEPTION_DAY, List.of("进站接待", "reception days"),
      RecordKind.ANNUAL_REPORT, List.of("年度述职", "annual reports"), RecordKind.TRAINING, List.of("培训", "training"),
      RecordKind.SUPERVISION_ALLOCATION, List.of("参加监督活动", "supervision activities"),
      RecordKind.SITE_INSPECTION, List.of("视察检查", "site inspections"),
      RecordKind.VOTE_ATTENDED, List.of("出席表决", "votes attended")));

  @GetMapping(value = "/api/v1/records/export", produces = {"text/csv", SpreadsheetFiles.XLSX})
  @Operation(summary = "The year-end list as a file (年度履职积分排名导出): the same lines as GET /api/v1/records — place, "
      + "deputy, delegation, each kind of work, points, the minimum and whether below it — as CSV (UTF-8 with a BOM) or an "
      + ".xlsx workbook, by `format` or else by the Accept header (CSV for */* or none); headers in zh-CN or en by "
      + "Accept-Language", responses = @ApiResponse(responseCode = "200", description = "the file", content = {
          @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")),
          @Content(mediaType = SpreadsheetFiles.XLSX, schema = @Schema(type = "string", format = "binary"))}))
  public ResponseEntity<byte[]> exportRecords(CurrentUser caller,
      @RequestParam(required = false) @Min(2000) @Max(2100) Integer year,
      @Parameter(description = "CSV or XLSX; absent: by the Accept header") @RequestParam(required = false)
      SpreadsheetFiles.Format format,
      @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
      @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
    boolean english = SpreadsheetFiles.prefersEnglish(acceptLanguage);
    int lang = english ? 1 : 0;
    Page<DeputyRecords.Entry> all = records.yearEnd(caller, year, 0, DeputyRecords.MAX_DEPUTIES_RANKED);
    List<String> header = new ArrayList<>(english ? List.of("rank", "deputy id", "name", "delegation")
        : List.of("名次", "代表编号", "姓名", "代表团"));
    Arrays.stream(RecordKind.values()).forEach(k -> header.add(KIND_HEADERS.get(k).get(lang)));
    header.addAll(english ? List.of("points", "minimum", "below minimum") : List.of("积分", "最低积分", "未达标"));
    List<List<Object>> rows = new ArrayList<>();
    int y = 0;
    for (int i = 0; i < all.items().size(); i++) {
      DeputyRecords.Entry e = all.items().get(i);
      DeputyRecord r = e.record();
      y = r.year();
      List<Object> row = new ArrayList<>(Arrays.asList(i + 1, e.deputy().deputyId(), e.deputy().details().name(),
          e.deputy().details().delegation()));
      Arrays.stream(RecordKind.values()).forEach(k -> row.add(r.count(k)));
      row.addAll(List.of(r.points(), r.minimumPoints(), r.belowMinimum() ? (english ? "yes" : "是") : (english ? "no" : "否")));
      rows.add(row);
    }
    String name = "deputy-records-" + (y == 0 ? (year == null ? "current" : year) : y);
    return SpreadsheetFiles.attachment(new SpreadsheetFiles.Sheet(english ? "records" : "履职积分", header, rows),
        SpreadsheetFiles.chosen(format, accept), name, english ? "en" : "zh-CN");
  }

  @GetMapping("/api/v1/public/{congressId}/deputies/{deputyId}/record")
  @Operation(summary = "A deputy's record of a year for anyone, no sign-in (履职公开): the work counted and the points, "
      + "no personal or contact data")
  public PublicRecordView publicRecord(
      @PathVariable @Size(max = Ids.MAX) @Pattern(regexp = Ids.PATTERN) String congressId,
      @PathVariable @Size(max = Ids.MAX) @Pattern(regexp = Ids.PATTERN) String deputyId,
      @RequestParam(required = false) @Min(2000) @Max(2100) Integer year) {
    return PublicRecordView.of(records.publicRecord(congressId, deputyId, year));
  }
}
