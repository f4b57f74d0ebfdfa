package org.guanxi.bulk;

/**
 * How to import.
 *
 * @param dryRun validate everything and write nothing
 * @param skipInvalid write the valid rows even when some rows have errors (the errors are still reported)
 */
public record ImportOptions(boolean dryRun, boolean skipInvalid) {

	/** Validate, and write only when there is no error at all. */
	public static final ImportOptions DEFAULT = new ImportOptions(false, false);

}
