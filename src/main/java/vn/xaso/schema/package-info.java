/** The shape of the data files, read once from the model's annotations: the one source for validation, JSON Schema and the data dictionary. */
package vn.xaso.schema;
