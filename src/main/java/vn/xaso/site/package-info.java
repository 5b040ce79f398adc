/** Renders the bilingual pages: data pages through the theme's FreeMarker templates directly, content pages through JBake. */
package vn.xaso.site;
