package vn.xaso.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.xaso.model.BlankPart;
import vn.xaso.model.Block;
import vn.xaso.model.DocumentRef;
import vn.xaso.model.Source;
import vn.xaso.model.Text;

/**
 * A {@link Source} built by name: its thirteen components are mostly Strings, dates and texts,
 * so a positional call can swap two of them and still compile. Only {@link #build} knows the
 * constructor's order; a component added to Source is added here once.
 */
public final class SourceBuilder {
  private final Text issuer;
  private final Block issuerBlock;
  private final Text title;
  private String number;
  private LocalDate date;
  private LocalDate signedOn;
  private Text signerRole;
  private String signerName;
  private LocalDate statedAsOf;
  private List<DocumentRef> respondsTo;
  private String file;
  private String url;
  private final List<BlankPart> leftBlank = new ArrayList<>();

  private SourceBuilder(Text issuer, Block issuerBlock, Text title) {
    this.issuer = issuer;
    this.issuerBlock = issuerBlock;
    this.title = title;
  }

  /** A source with what the model requires: who issued it, their block, its title. */
  public static SourceBuilder of(Text issuer, Block issuerBlock, Text title) {
    return new SourceBuilder(issuer, issuerBlock, title);
  }

  public SourceBuilder number(String value) {
    this.number = value;
    return this;
  }

  public SourceBuilder date(LocalDate value) {
    this.date = value;
    return this;
  }

  public SourceBuilder signedOn(LocalDate value) {
    this.signedOn = value;
    return this;
  }

  public SourceBuilder signer(Text role, String name) {
    this.signerRole = role;
    this.signerName = name;
    return this;
  }

  public SourceBuilder statedAsOf(LocalDate value) {
    this.statedAsOf = value;
    return this;
  }

  public SourceBuilder respondsTo(List<DocumentRef> value) {
    this.respondsTo = value;
    return this;
  }

  public SourceBuilder file(String value) {
    this.file = value;
    return this;
  }

  public SourceBuilder url(String value) {
    this.url = value;
    return this;
  }

  public SourceBuilder leftBlank(BlankPart... parts) {
    this.leftBlank.addAll(List.of(parts));
    return this;
  }

  public Source build() {
    return new Source(issuer, issuerBlock, number, date, signedOn, title, signerRole, signerName, statedAsOf,
        respondsTo, file, url, leftBlank);
  }
}
