package vn.xaso.model;

/** Administrative procedures (thủ tục hành chính, TTHC) in force and how they are offered. */
@Stock
public record Procedures(
    @Doc(vi = "Số liệu phần này tính đến ngày, khi báo cáo nêu riêng (nếu không: ngày cuối kỳ báo cáo)",
        en = "Date this part's figures stand at, when the report states its own (otherwise: the period's last day)",
        example = "2025-11-07")
        java.time.LocalDate asOf,
    @Doc(vi = "Tổng số TTHC đang triển khai", en = "Procedures in force", unit = "TTHC / procedures", example = "378")
        Integer total,
    @Doc(vi = "Số lĩnh vực", en = "Fields (lĩnh vực) the procedures belong to", unit = "lĩnh vực / fields", example = "74")
        Integer fields,
    @Doc(vi = "TTHC cung cấp DVCTT toàn trình", en = "Offered as fully online public services",
        unit = "TTHC / procedures", example = "220")
        Integer fullOnline,
    @Doc(vi = "TTHC cung cấp DVCTT một phần", en = "Offered as partly online public services",
        unit = "TTHC / procedures", example = "138")
        Integer partialOnline,
    @Doc(vi = "TTHC chưa cung cấp DVCTT (chỉ trực tiếp)", en = "Not offered online (in person only)",
        unit = "TTHC / procedures", example = "20")
        Integer notOnline,
    @Doc(vi = "TTHC một phần và trực tiếp, khi báo cáo gộp chung",
        en = "Partly online and in person together, when a report does not split them",
        unit = "TTHC / procedures", example = "496")
        Integer partialOrNotOnline,
    @Doc(vi = "Tỷ lệ TTHC được niêm yết công khai", en = "Share of procedures publicly listed", unit = "%", example = "100")
        Double listedPct,
    @Doc(vi = "Số TTHC có hồ sơ phát sinh trong kỳ", en = "Procedures with dossiers in the period")
        ProcedureUse withDossiers,
    @Doc(vi = "Ghi chú (tóm tắt)", en = "Notes (summarised)")
        Text notes) {}
