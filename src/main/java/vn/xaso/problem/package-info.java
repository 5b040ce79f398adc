/** Problems found in data: values with a file position, a stable code from one bilingual catalogue, and a hint. */
package vn.xaso.problem;
