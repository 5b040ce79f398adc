package vn.xaso.site;

import java.util.List;
import java.util.Map;
import vn.xaso.model.Lang;
import vn.xaso.site.PageModels.GlossaryEntry;
import vn.xaso.site.PageModels.GlossaryPage;

/** The glossary page: every abbreviation the reports use, spelled out, then the terms, in plain words. */
final class GlossaryKind implements PageKind {
  private final Map<Lang, SiteContext> contexts;

  GlossaryKind(Map<Lang, SiteContext> contexts) {
    this.contexts = contexts;
  }

  @Override
  public List<Page> pages() {
    return List.of(Page.single(Page.Identity.of("glossary"), SiteLayout.glossary(), "glossary.ftlh", SiteLayout.Owner.NATION,
        lang -> model(contexts.get(lang))).reusedWhen(Page.Reuse.withoutData()));
  }

  private static PageModel model(SiteContext c) {
    SiteContext.Frame frame = c.frame(SiteLayout.glossary(), c.t().get("glossary.title"), c.t().get("glossary.description"));
    List<GlossaryEntry> abbreviations = Glossary.ABBREVIATIONS.stream()
        .map(a -> new GlossaryEntry(a.text(), c.t().get("abbr." + a.key()), "abbr-" + a.key())).toList();
    List<GlossaryEntry> terms = Glossary.TERMS.stream()
        .map(k -> new GlossaryEntry(c.t().get("glossary.term." + k), c.t().get("glossary.def." + k), "term-" + k.replace('_', '-')))
        .toList();
    return PageModel.of(frame, new GlossaryPage(abbreviations, terms));
  }
}
