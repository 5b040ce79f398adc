/** Derived indicators, computed once per report from the model, each with its formula and, when it cannot be computed, the reason. */
package vn.xaso.derive;
