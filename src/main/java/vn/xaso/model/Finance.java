package vn.xaso.model;

/** Finance for digital transformation (nguồn lực tài chính), where a report gives it. */
public record Finance(
    @Doc(vi = "Nhu cầu kinh phí ước tính", en = "Estimated funding need", unit = "VND", example = "500000000")
        Long estimatedNeedVnd,
    @Doc(vi = "Kinh phí đã bố trí", en = "Funding allocated", unit = "VND")
        Long allocatedVnd,
    @Doc(vi = "Năm ngân sách", en = "Budget year", example = "2025", identifier = true)
        Integer year,
    @Doc(vi = "Mục đích, ghi chú (tóm tắt)", en = "Purpose and notes (summarised)")
        Text notes) {}
