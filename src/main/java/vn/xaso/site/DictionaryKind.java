package vn.xaso.site;

import java.util.List;
import java.util.Map;
import vn.xaso.model.Lang;
import vn.xaso.schema.Dictionary;
import vn.xaso.schema.Schema;

/** The data dictionary: every open-data column and every indicator's formula, in plain words. */
final class DictionaryKind implements PageKind {
  private final Schema schema;
  private final Map<Lang, SiteContext> contexts;

  DictionaryKind(Schema schema, Map<Lang, SiteContext> contexts) {
    this.schema = schema;
    this.contexts = contexts;
  }

  @Override
  public List<Page> pages() {
    return List.of(Page.single(Page.Identity.of("dictionary"), SiteLayout.dictionary(), "dictionary.ftlh", SiteLayout.Owner.NATION,
        lang -> model(contexts.get(lang))).reusedWhen(Page.Reuse.withoutData()));
  }

  private PageModel model(SiteContext c) {
    SiteContext.Frame frame = c.frame(SiteLayout.dictionary(), c.t().get("dictionary.title"),
        c.t().get("dictionary.description"));
    DataDictionary d = new DataDictionary(new Dictionary(schema));
    return PageModel.of(frame, new PageModels.DictionaryPage(d.files(c.show()), d.indicators(c.show())));
  }
}
