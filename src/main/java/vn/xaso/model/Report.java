package vn.xaso.model;

import java.util.List;

/**
 * One commune's report for one period (báo cáo kỳ), transcribed from a signed document. Every
 * part is optional except identity and source: a part a report does not give is absent, not zero.
 */
public record Report(
    @Doc(vi = "Mã xã (slug), trùng thư mục", en = "Commune slug, equal to the folder name",
        required = true, pattern = "[a-z0-9]+(-[a-z0-9]+)*", example = "hung-thang")
        String commune,
    @Doc(vi = "Kỳ báo cáo", en = "Reporting period", required = true)
        Period period,
    @Doc(vi = "Văn bản nguồn", en = "Source document", required = true)
        Source source,
    // §5 of docs/transcription.md: a province's direction the commune carries out belongs here too, so the label
    // never says "issued by the commune"; each entry's issuer says whose it is.
    @Doc(vi = "Văn bản chỉ đạo của xã, tỉnh mà báo cáo nói đã ban hành hoặc thực hiện (Phụ lục 01)",
        en = "Commune and provincial directions the report says were issued or carried out (Appendix 01)")
        List<DocumentRef> documents,
    @Doc(vi = "Văn bản được viện dẫn (căn cứ, nghị quyết, kết luận, quyết định)",
        en = "Documents cited (legal bases, resolutions, conclusions, decisions)")
        List<DocumentRef> cites,
    @Doc(vi = "Thủ tục hành chính", en = "Administrative procedures")
        Procedures procedures,
    @Doc(vi = "Hồ sơ TTHC trong kỳ (Phụ lục 03, 04)", en = "Dossiers in the period (Appendices 03, 04)")
        Dossiers dossiers,
    @Doc(vi = "Hạ tầng công nghệ theo khối", en = "Technology infrastructure per block")
        Infrastructure infrastructure,
    @Doc(vi = "Nguồn nhân lực", en = "Human resources")
        HumanResources humanResources,
    @Doc(vi = "Tài chính", en = "Finance")
        Finance finance,
    @Doc(vi = "Triển khai các kết luận sau", en = "Follow-up of later conclusions")
        List<FollowUp> followUps,
    @Doc(vi = "Nhận xét", en = "Assessment")
        Assessment assessment,
    @Doc(vi = "Khó khăn và kiến nghị (Phụ lục 02)", en = "Difficulties and proposals (Appendix 02)")
        List<Difficulty> difficulties,
    @Doc(vi = "Đề xuất chung không gắn với khó khăn cụ thể", en = "Proposals not tied to one difficulty")
        List<Text> proposals,
    @Doc(vi = "Ghi chú của người nhập liệu về chất lượng số liệu", en = "Transcriber's notes on data quality")
        List<QualityNote> qualityNotes,
    @Doc(vi = "Các trường mà báo cáo đã ký ghi đúng như vậy dù không khớp quy tắc (lỗi thành cảnh báo)",
        en = "Fields the signed report states exactly so although they break a rule (their errors become warnings)",
        example = "[procedures.total]")
        List<String> confirmedAsReported) {

  /**
   * A report cut down to what identifies it and where it comes from, every other part absent:
   * what the build cache keeps of the reports of a commune that did not change.
   */
  public static Report identity(String commune, Period period, Source source) {
    return new Report(commune, period, source, null, null, null, null, null, null, null, null, null, null, null, null,
        null);
  }

  /** Lists never null, so templates and writers need no null checks for them. */
  public Report {
    documents = documents == null ? List.of() : List.copyOf(documents);
    cites = cites == null ? List.of() : List.copyOf(cites);
    followUps = followUps == null ? List.of() : List.copyOf(followUps);
    difficulties = difficulties == null ? List.of() : List.copyOf(difficulties);
    proposals = proposals == null ? List.of() : List.copyOf(proposals);
    qualityNotes = qualityNotes == null ? List.of() : List.copyOf(qualityNotes);
    confirmedAsReported = confirmedAsReported == null ? List.of() : List.copyOf(confirmedAsReported);
  }
}
