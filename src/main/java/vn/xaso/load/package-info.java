/** Reads the project's data folder: safe YAML parsing with positions, binding to model records, and the folder layout's own checks. */
package vn.xaso.load;
