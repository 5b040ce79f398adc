/** The build cache under {@code target/}: what the last build read and wrote, so the next one redoes only what changed. */
package vn.xaso.cache;
