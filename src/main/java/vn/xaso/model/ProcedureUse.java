package vn.xaso.model;

/** Procedures that had dossiers in the period (TTHC phát sinh hồ sơ), by how they are offered. */
@Flow
public record ProcedureUse(
    @Doc(vi = "TTHC toàn trình có hồ sơ phát sinh", en = "Fully online procedures with dossiers", unit = "TTHC / procedures", example = "8")
        Integer fullOnline,
    @Doc(vi = "TTHC một phần có hồ sơ phát sinh", en = "Partly online procedures with dossiers", unit = "TTHC / procedures", example = "14")
        Integer partialOnline,
    @Doc(vi = "TTHC trực tiếp có hồ sơ phát sinh", en = "In-person procedures with dossiers", unit = "TTHC / procedures", example = "0")
        Integer notOnline,
    @Doc(vi = "Tỷ lệ báo cáo ghi cho TTHC toàn trình", en = "Rate the report states for fully online procedures", unit = "%", example = "3.65")
        Double fullOnlinePct,
    @Doc(vi = "Tỷ lệ báo cáo ghi cho TTHC một phần", en = "Rate the report states for partly online procedures", unit = "%", example = "8.81")
        Double partialOnlinePct) {}
