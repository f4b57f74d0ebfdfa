package org.guanxi.core;

/**
 * A node on a path (a referral chain or tree, a warm introduction) that the user may not see: it keeps the
 * path's shape and nothing else.
 *
 * @param id opaque, unique within one response: {@code hidden:1}, {@code hidden:2}, ...
 * @param name always {@link #NAME}
 * @param colleague for an account or a person: the name of a sales rep who owns the account, whom the user could
 * ask; null when nobody owns it
 */
public record HiddenEntity(String id, String name, String colleague) implements Named {

	/** The neutral name every hidden node has (in English; GraphQL shows it in the reader's language). */
	public static final String NAME = "Hidden";

}
