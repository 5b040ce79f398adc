/** Drafts a report's YAML from the text of a signed report (.txt, .docx, .pdf with a text layer), every value quoting the sentence it came from. */
package vn.xaso.importer;
