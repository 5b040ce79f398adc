/** The recipe: runs load, validate, derive, publish and site in order, collecting problems, and writes the output once through one writer. */
package vn.xaso.build;
