package org.guanxi.bulk;

import java.util.Locale;

import org.guanxi.core.Messages;
import org.guanxi.core.Text;

/**
 * One error found in the input.
 *
 * @param file the file name, e.g. {@code people.csv}
 * @param line the line of the file (1 = the header row)
 * @param column the column concerned, or null when the problem is the whole row or file
 * @param text what is wrong and how to fix it, put into words in the reader's language
 */
public record ImportProblem(String file, long line, String column, Text text) {

	/** What is wrong and how to fix it, in English. */
	public String message() {
		return message(Locale.ENGLISH);
	}

	/** What is wrong and how to fix it, in the language of the locale. */
	public String message(Locale locale) {
		return Messages.text(this.text, locale);
	}

	/** The problem with its file, line and column, in the language of the locale. */
	public String describe(Locale locale) {
		return Messages.text(this.column == null ? Text.of("import.problem.row", this.file, this.line, this.text)
				: Text.of("import.problem", this.file, this.line, this.column, this.text), locale);
	}

	@Override
	public String toString() {
		return describe(Locale.ENGLISH);
	}

}
