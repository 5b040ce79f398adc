package vn.xaso.model;

import java.time.LocalDate;
import java.util.List;

/** The signed report a data file transcribes (văn bản nguồn), cited on every page and download. */
public record Source(
    @Doc(vi = "Cơ quan ban hành báo cáo", en = "Body that issued the report", required = true)
        Text issuer,
    @Doc(vi = "Khối ban hành", en = "Block that issued the report", required = true, example = "government")
        Block issuerBlock,
    @Doc(vi = "Số, ký hiệu báo cáo",
        en = "Report number", example = "45/BC-UBND")
        String number,
    @Doc(vi = "Ngày ban hành", en = "Date issued", example = "2025-10-08")
        LocalDate date,
    @Doc(vi = "Ngày ký số", en = "Date of the digital signature",
        example = "2025-10-08")
        LocalDate signedOn,
    @Doc(vi = "Trích yếu báo cáo (tóm tắt)", en = "Title of the report (summarised)", required = true)
        Text title,
    @Doc(vi = "Chức danh người ký, đúng như báo cáo", en = "Signer's role as printed", example = "KT. Chủ tịch, Phó Chủ tịch")
        Text signerRole,
    @Doc(vi = "Họ tên người ký", en = "Signer's name", example = "Phạm Anh Tuấn")
        String signerName,
    @Doc(vi = "Báo cáo nói số liệu tính đến ngày này", en = "The report says its figures stand as of this date",
        example = "2025-11-07")
        LocalDate statedAsOf,
    @Doc(vi = "Văn bản yêu cầu báo cáo", en = "Documents the report answers")
        List<DocumentRef> respondsTo,
    // Kept in the repository's sources/<province>/<commune>/, the file is published with its SHA-256.
    @Doc(vi = "Tệp văn bản gốc", en = "File name of the original",
        example = "hung-thang_2025-12-05_dang-uy.txt", pattern = "[A-Za-z0-9][A-Za-z0-9._-]*")
        String file,
    @Doc(vi = "Địa chỉ web của văn bản gốc", en = "Web address of the original",
        example = "https://example.gov.vn/bao-cao.pdf", pattern = "https?://\\S+")
        String url,
    // Whether the whole kept text may be published: People's Committees' reports always are (Law on IP Art. 15(2)).
    @Doc(vi = "Công bố toàn văn (chỉ cần cho báo cáo không phải của UBND)",
        en = "Publication of the full text (needed only for reports not issued by a People's Committee)",
        example = "issuer_allows")
        TextPublication textPublication,
    @Doc(vi = "Phần bản ký để trống", en = "Parts the signed original leaves blank", example = "[number, date]")
        java.util.List<BlankPart> leftBlank) {

  /** A source without a say on publication: its text is public only when a People's Committee issued it. */
  public Source(Text issuer, Block issuerBlock, String number, LocalDate date, LocalDate signedOn, Text title,
      Text signerRole, String signerName, LocalDate statedAsOf, List<DocumentRef> respondsTo, String file, String url,
      List<BlankPart> leftBlank) {
    this(issuer, issuerBlock, number, date, signedOn, title, signerRole, signerName, statedAsOf, respondsTo, file, url,
        null, leftBlank);
  }

  /** Never null, so pages and the validator need no null check. */
  public Source {
    leftBlank = leftBlank == null ? java.util.List.of() : java.util.List.copyOf(leftBlank);
  }

  /**
   * Whether the whole kept text may be published: a People's Committee's report is an administrative
   * document, outside copyright (Law on Intellectual Property, Art. 15(2)); any other issuer's text
   * only when {@code text_publication} says the issuer allows it.
   */
  public boolean textPublic() {
    return issuerBlock == Block.GOVERNMENT || textPublication == TextPublication.ISSUER_ALLOWS;
  }

  /** Whether the signed original leaves {@code part} blank. */
  public boolean blank(BlankPart part) {
    return leftBlank.contains(part);
  }
}
