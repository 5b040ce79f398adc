/** Writes the open data (CSV, JSON, Data Package, schemas) and owns the one writer through which every output file reaches the disk. */
package vn.xaso.publish;
