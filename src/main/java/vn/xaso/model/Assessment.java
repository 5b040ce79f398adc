package vn.xaso.model;

import java.util.List;

/** The report's own assessment (Nhận xét), summarised point by point. */
public record Assessment(
    @Doc(vi = "Ưu điểm, cách làm sáng tạo", en = "Strengths and good practice") List<Text> strengths,
    @Doc(vi = "Hạn chế", en = "Shortcomings") List<Text> shortcomings,
    @Doc(vi = "Nguyên nhân", en = "Causes") List<Text> causes) {}
