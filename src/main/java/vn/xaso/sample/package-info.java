/** Synthetic national-scale projects for benchmarks: 34 provinces, thousands of communes, plausible and deterministic for a seed. */
package vn.xaso.sample;
