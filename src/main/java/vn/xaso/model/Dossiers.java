package vn.xaso.model;

/** Dossiers (hồ sơ) handled in the period. Absent figures were not reported; they are not zero. */
@Flow
public record Dossiers(
    @Doc(vi = "Hồ sơ tiếp nhận trong kỳ", en = "Received in the period", unit = "hồ sơ / dossiers", example = "239")
        Integer received,
    @Doc(vi = "Hồ sơ kỳ trước chuyển sang", en = "Carried over from the previous period", unit = "hồ sơ / dossiers")
        Integer carriedOver,
    @Doc(vi = "Tổng số hồ sơ phải giải quyết trong kỳ (tiếp nhận + kỳ trước chuyển sang), báo cáo ghi",
        en = "Total to handle in the period (received + carried over), as stated", unit = "hồ sơ / dossiers",
        example = "251")
        Integer toHandle,
    @Doc(vi = "Hồ sơ đã giải quyết", en = "Resolved", unit = "hồ sơ / dossiers", example = "223")
        Integer resolved,
    @Doc(vi = "Giải quyết đúng hạn", en = "Resolved on time", unit = "hồ sơ / dossiers", example = "223")
        Integer onTime,
    @Doc(vi = "Giải quyết trước hạn", en = "Resolved early", unit = "hồ sơ / dossiers")
        Integer early,
    @Doc(vi = "Giải quyết quá hạn", en = "Resolved overdue", unit = "hồ sơ / dossiers", example = "0")
        Integer overdue,
    @Doc(vi = "Hồ sơ xin rút", en = "Withdrawn", unit = "hồ sơ / dossiers", example = "1")
        Integer withdrawn,
    @Doc(vi = "Hồ sơ từ chối giải quyết", en = "Rejected", unit = "hồ sơ / dossiers", example = "2")
        Integer rejected,
    @Doc(vi = "Hồ sơ đang giải quyết", en = "In progress", unit = "hồ sơ / dossiers")
        Integer inProgress,
    @Doc(vi = "Hồ sơ đang giải quyết đã quá hạn (tiếp nhận trong kỳ)", en = "In progress and overdue (received in the period)",
        unit = "hồ sơ / dossiers", example = "0")
        Integer overdueInProgress,
    @Doc(vi = "Hồ sơ đang giải quyết đã quá hạn (lũy kế)", en = "In progress and overdue (cumulative)",
        unit = "hồ sơ / dossiers", example = "0")
        Integer overdueInProgressCumulative,
    @Doc(vi = "Hồ sơ tiếp nhận chậm trên hệ thống", en = "Entered late into the system", unit = "hồ sơ / dossiers", example = "0")
        Integer lateReceived,
    @Doc(vi = "Hồ sơ được số hóa", en = "Digitised", unit = "hồ sơ / dossiers")
        Integer digitised,
    @Doc(vi = "Tỷ lệ hồ sơ được số hóa báo cáo ghi", en = "Share of dossiers digitised, as stated", unit = "%",
        example = "100")
        Double digitisedPct,
    @Doc(vi = "Hồ sơ tiếp nhận trực tuyến", en = "Received online", unit = "hồ sơ / dossiers", example = "687")
        Integer receivedOnline,
    @Doc(vi = "Hồ sơ tiếp nhận trực tiếp (tại bộ phận một cửa)", en = "Received in person (at the one-stop desk)",
        unit = "hồ sơ / dossiers", example = "52")
        Integer receivedInPerson,
    @Doc(vi = "Tỷ lệ hồ sơ trực tuyến báo cáo ghi", en = "Share of dossiers online, as stated", unit = "%", example = "80.05")
        Double onlinePct,
    @Doc(vi = "Tỷ lệ hồ sơ trực tiếp báo cáo ghi", en = "Share of dossiers in person, as stated", unit = "%", example = "19.95")
        Double inPersonPct,
    @Doc(vi = "Tỷ lệ hồ sơ trực tuyến của TTHC một phần, báo cáo ghi",
        en = "Share of dossiers online among partly online procedures, as stated", unit = "%", example = "90.16")
        Double partialOnlineOnlinePct,
    @Doc(vi = "Ghi chú (tóm tắt)", en = "Notes (summarised)")
        Text notes) {}
