package vn.xaso.model;

/** Staff by qualification (trình độ), as a report counts them. */
public record Qualifications(
    @Doc(vi = "Thạc sĩ", en = "Master's degree", unit = "người / people", example = "10") Integer masters,
    @Doc(vi = "Đại học", en = "University degree", unit = "người / people", example = "221") Integer university,
    @Doc(vi = "Cao đẳng", en = "College", unit = "người / people", example = "22") Integer college,
    @Doc(vi = "Trung cấp", en = "Vocational (intermediate)", unit = "người / people", example = "6") Integer intermediate,
    @Doc(vi = "Lý luận chính trị cao cấp", en = "Advanced political theory", unit = "người / people", example = "8")
        Integer politicalAdvanced,
    @Doc(vi = "Lý luận chính trị trung cấp", en = "Intermediate political theory", unit = "người / people", example = "65")
        Integer politicalIntermediate) {}
