package vn.xaso.model;

/** Community digital-technology teams (Tổ công nghệ số cộng đồng) and the villages they cover. */
public record CommunityTeams(
    @Doc(vi = "Số thôn có Tổ công nghệ số cộng đồng", en = "Villages with a community digital-technology team",
        unit = "thôn / villages", example = "20")
        Integer villagesCovered,
    @Doc(vi = "Tổng số thôn của xã", en = "Villages in the commune", unit = "thôn / villages", example = "20")
        Integer villagesTotal,
    @Doc(vi = "Số tổ", en = "Number of teams", unit = "tổ / teams")
        Integer teams,
    @Doc(vi = "Ghi chú (tóm tắt)", en = "Notes (summarised)") Text notes) {}
