package vn.xaso.model;

/** A difficulty paired with the report's proposal and the authority it asks (Phụ lục 02). */
public record Difficulty(
    @Doc(vi = "Lĩnh vực", en = "Area", required = true, example = "infrastructure") Area area,
    @Doc(vi = "Khó khăn, vướng mắc (tóm tắt)", en = "Difficulty (summarised)") Text difficulty,
    @Doc(vi = "Đề xuất, kiến nghị (tóm tắt)", en = "Proposal (summarised)") Text proposal,
    @Doc(vi = "Cấp có thẩm quyền giải quyết", en = "Competent authority") Text authority) {}
