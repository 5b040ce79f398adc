/** Walks values made of records, lists and maps, and rebuilds records, by reflection: the one walker the build cache's codec and the site's model hash share, depending on nothing of the pipeline. */
package vn.xaso.records;
