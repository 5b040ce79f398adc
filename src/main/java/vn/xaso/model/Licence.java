package vn.xaso.model;

/** The licence under which the open data is published; part of the site configuration. */
public record Licence(
    @Doc(vi = "Mã giấy phép (SPDX hoặc tự đặt)", en = "Licence id (SPDX or own)", required = true, example = "ND-47-2020")
        String id,
    @Doc(vi = "Tên giấy phép", en = "Licence name", required = true)
        Text name,
    @Doc(vi = "Đường dẫn văn bản giấy phép", en = "URL of the licence text", example = "https://vbpl.vn/")
        String url,
    @Doc(vi = "Điều kiện tái sử dụng (tóm tắt)", en = "Reuse terms (summarised)", required = true)
        Text terms) {}
