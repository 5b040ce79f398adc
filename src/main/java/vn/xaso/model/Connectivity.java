package vn.xaso.model;

/**
 * Network connectivity of a block (liên thông, phủ sóng) as a report states it. A report saying
 * there is no area without signal gives 0 areas; one that does not say leaves the field empty.
 */
public record Connectivity(
    @Doc(vi = "Tỷ lệ liên thông, báo cáo ghi", en = "Share linked up, as stated", unit = "%", example = "100")
        Double linkedPct,
    @Doc(vi = "Phạm vi liên thông (tóm tắt)", en = "How far the links reach (summarised)")
        Text linkedScope,
    @Doc(vi = "Tỷ lệ phủ sóng, báo cáo ghi", en = "Signal coverage, as stated", unit = "%", example = "100")
        Double coveragePct,
    @Doc(vi = "Vùng lõm sóng còn lại", en = "Areas still without signal",
        unit = "vùng / areas", example = "0")
        Integer areasWithoutSignal,
    @Doc(vi = "Vùng lõm điện còn lại", en = "Areas still without power",
        unit = "vùng / areas", example = "0")
        Integer areasWithoutPower,
    @Doc(vi = "Ghi chú (tóm tắt)", en = "Notes (summarised)")
        Text notes) {}
