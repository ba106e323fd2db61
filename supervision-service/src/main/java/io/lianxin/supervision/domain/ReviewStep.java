package io.lianxin.supervision.domain;

/** The steps of a performance review for each subject, besides the score (听 访 查 … 改). */
public enum ReviewStep {
  /** 听: the subject's report (述职报告) heard. */
  REPORT_HEARD("听取述职报告", "report heard"),
  /** 访: interviews and comment forms (走访座谈、征求意见表). */
  INTERVIEWS_RECORDED("走访座谈、征求意见", "interviews and comment forms recorded"),
  /** 查: case files sampled (案卷评查) with findings. */
  CASE_FILES_SAMPLED("案卷评查", "case files sampled"),
  /** 改: the rectification opinion issued to the subject's unit (整改意见). */
  RECTIFICATION_OPINION_ISSUED("交办整改意见", "rectification opinion issued");

  private final String zh;
  private final String en;

  ReviewStep(String zh, String en) {
    this.zh = zh;
    this.en = en;
  }

  /** The step in zh-CN, for the audit line. */
  public String zh() {
    return zh;
  }

  /** The step in English. */
  public String en() {
    return en;
  }
}
