/** The preview server for staff: builds, serves on 127.0.0.1, rebuilds on every change and keeps the last good site when data breaks. */
package vn.xaso.serve;
