package vn.xaso.model;

import java.time.LocalDate;

/** A document (văn bản): number, date, issuer and title, as cited in a report. */
public record DocumentRef(
    @Doc(vi = "Số, ký hiệu văn bản, đúng như trong báo cáo", en = "Document number exactly as cited",
        example = "02-KH/ĐU")
        String number,
    @Doc(vi = "Loại văn bản", en = "Kind of document", example = "plan")
        DocumentKind kind,
    @Doc(vi = "Ngày ban hành", en = "Date issued", example = "2025-08-15")
        LocalDate date,
    @Doc(vi = "Cơ quan ban hành", en = "Issuing body")
        Text issuer,
    @Doc(vi = "Trích yếu (tóm tắt)", en = "Subject (summarised)", required = true)
        Text title) {}
