package org.guanxi.bulk;

/**
 * One error found in the input.
 *
 * @param file the file name, e.g. {@code people.csv}
 * @param line the line of the file (1 = the header row)
 * @param column the column concerned, or null when the problem is the whole row or file
 * @param message what is wrong, in words, and how to fix it
 */
public record ImportProblem(String file, long line, String column, String message) {

	@Override
	public String toString() {
		return this.file + ", line " + this.line + (this.column == null ? "" : ", column " + this.column) + ": "
				+ this.message;
	}

}
